using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Benchmarks.Support;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Storage;

namespace UsabilityLab.Benchmarks.Benchmarks;

/// <summary>
/// Issue 23: the demo study (<c>--persona exact</c>) recorded into one PostgreSQL database by one <c>lab run</c> process
/// and by two shard processes at once (<c>--shard 1/2</c> and <c>2/2</c>, one run key), as CI jobs record into a team
/// store; participants per minute, and what the shards ask of the shared store (events per second against its ingest
/// rate, connections, server CPU).
/// </summary>
internal sealed class ShardsBenchmark : Benchmark
{
    private const int IngestEvents = 20_000;
    private static readonly int[] ShardCounts = [1, 2];

    public override string Name => "shards-postgres";

    public override string Title => "The demo study into one PostgreSQL: one lab run process vs two shard processes at once";

    public override string Issue => "#23";

    protected override async Task MeasureAsync(BenchContext context, BenchmarkResult result, CancellationToken ct)
    {
        await context.CloseBrowserAsync(); // only the runs' own browsers may count here
        await context.DemoSiteAsync(); // sets DEMO_SITE_URL, which the lab processes inherit and the study's target expands
        var participants = context.Pick(2, 8);
        var store = await ScratchStore.NewAsync(context.Temp, StoreKind.PostgreSql, "shards");
        try
        {
            // Created and migrated beforehand, as a team's store is before its pipelines record into it.
            var database = await LabDatabase.OpenAsync(store.Address, ct);
            var recordings = ShardCounts.ToDictionary(n => n, _ => new List<ShardedRecording>());
            await Sampler.InterleavedAsync(0, context.Pick(1, 2), ShardCounts.Select(n => (Label(n), (Func<Task<double>>)(async () =>
            {
                var recording = await RecordAsync(context, store, database, participants, n, ct);
                recordings[n].Add(recording);
                return recording.ParticipantsPerMinute;
            }))).ToList(), context.Log, ct);
            var ingest = await IngestRateAsync(context, ct);
            result.Note($"{participants} participants of the demo study (all 5 tasks, --persona exact, --seed 1) against the demo shop in the benchmark's process. Each variant runs `lab run scenarios/demo-shop.yaml --shard K/N --run-key KEY --db postgresql://…` as processes: one with --shard 1/1, or two with 1/2 and 2/2 started together, one browser each; timed from their start to the last one's exit (process start, database open, browser launch, the participants, and the analysis and gates of the process that completes the run). The database was created and migrated beforehand; {await BenchPostgres.DescribeAsync()}.");
            Report(result, recordings, ingest, participants, context);
        }
        finally
        {
            await store.DeleteAsync();
        }
    }

    private static string Label(int shards) => shards == 1 ? "one process" : "two shards";

    private static async Task<ShardedRecording> RecordAsync(BenchContext context, ScratchStore store, LabDatabase database, int participants, int shards, CancellationToken ct)
    {
        var key = $"bench-{shards}-{Guid.NewGuid():N}";
        var output = context.Temp.NewFile("shards-out", "");
        var study = Path.Combine(context.RepoRoot, "scenarios", "demo-shop.yaml");
        string[] Args(int shard) =>
        [
            "run", study, "--persona", "exact", "--participants", $"{participants}", "--seed", "1",
            "--shard", $"{shard}/{shards}", "--run-key", key, "--db", store.Address, "--out", output,
        ];

        var machine = new CpuUsage();
        var server = PostgresServerCpu.Seconds();
        var connections = await ConnectionPeak.StartAsync(store.Address);
        var sampler = ProcessSampler.Start(TimeSpan.FromMilliseconds(250), memory: false);
        var clock = Stopwatch.StartNew();
        try
        {
            await Task.WhenAll(Enumerable.Range(1, shards).Select(k => LabCommand.RunAsync(context.RepoRoot, Args(k), ct)));
        }
        finally
        {
            await sampler.DisposeAsync();
            await connections.DisposeAsync();
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var serverCores = PostgresServerCpu.Seconds() is { } after && server is { } before ? (after - before) / seconds : double.NaN;
        await using var db = database.CreateContext();
        var run = await db.Runs.AsNoTracking().SingleAsync(r => r.RunKey == key, ct);
        if (run.Status != RunStatus.Completed)
        {
            throw new InvalidOperationException($"run {key} ended {run.Status}, not completed");
        }

        var sessions = db.Sessions.Where(s => s.RunId == run.Id).Select(s => s.Id);
        var events = await db.Events.LongCountAsync(e => sessions.Contains(e.SessionId), ct);
        var outcomes = await db.TaskAttempts.Where(a => sessions.Contains(a.SessionId)).Select(a => a.Outcome).ToListAsync(ct);
        context.Log(Format.Invariant($"{Label(shards)}: {participants} participants, {events:N0} events in {seconds:0.0} s, at most {connections.Peak} connections"));
        return new ShardedRecording(seconds, participants, events, outcomes.Count, outcomes.Count(o => o == AttemptOutcome.Success),
            connections.Peak, serverCores, sampler.BusyCores, machine.MachineCores());
    }

    /// <summary>The store's own event ingest on the same server (EventSink, a fresh database each time): the rate the shards' events are set against.</summary>
    private static async Task<List<double>> IngestRateAsync(BenchContext context, CancellationToken ct)
    {
        var events = SyntheticEvents.Attempt(new Random(7), 0, null, "http://bench.invalid/", 1, 0, IngestEvents, out _);
        var rates = new List<double>();
        for (var i = 0; i < 1 + context.Pick(1, 3); i++)
        {
            var rate = await StoreIngest.RateAsync(context.Temp, StoreKind.PostgreSql, IngestEvents, scratch => StoreIngest.TimeAsync(scratch, events, ct));
            if (i > 0)
            {
                rates.Add(rate); // the first is a warm-up
            }
        }

        return rates;
    }

    private static void Report(BenchmarkResult result, Dictionary<int, List<ShardedRecording>> recordings, List<double> ingest, int participants, BenchContext context)
    {
        List<double> Of(int shards, Func<ShardedRecording, double> figure) => recordings[shards].Select(figure).ToList();
        var one = result.Add("participants per minute, one process (--shard 1/1)", "participants/min", Of(1, r => r.ParticipantsPerMinute));
        var two = result.Add("participants per minute, two shard processes at once", "participants/min", Of(2, r => r.ParticipantsPerMinute));
        var speedUp = result.Add("ratio two shards / one process", "×", Sampler.Ratios(Of(2, r => r.ParticipantsPerMinute), Of(1, r => r.ParticipantsPerMinute)));
        result.Add("events written per second, one process", "events/s", Of(1, r => r.EventsPerSecond));
        var written = result.Add("events written per second, two shards", "events/s", Of(2, r => r.EventsPerSecond));
        var rate = result.Add($"the store's event ingest on this server (EventSink, {IngestEvents:N0} events)", "events/s", ingest);
        var headroom = Summary.Of(ingest).Median / written.Value.Median;
        result.AddSingle("ratio the store's ingest / the events two shards write", "×", headroom);
        foreach (var shards in ShardCounts)
        {
            result.Add($"connections open to the database at once (peak), {Label(shards)}", "connections", Of(shards, r => r.PeakConnections));
        }

        foreach (var shards in ShardCounts)
        {
            result.Add($"PostgreSQL server CPU, {Label(shards)}", "cores", Of(shards, r => r.ServerCores));
            result.Add($"CPU cores busy with the run (the lab processes, their browsers and drivers), {Label(shards)}", "cores", Of(shards, r => r.RunCores));
            result.Add($"  CPU cores busy machine-wide, {Label(shards)}", "cores", Of(shards, r => r.MachineCores));
        }

        result.Goals.Add(Goal.Min("the shared store is not the bottleneck: its ingest ≥ 100× the events/s two shards write", headroom, 100, "×"));
        var (oneCores, twoCores) = (Summary.Of(Of(1, r => r.RunCores)).Median, Summary.Of(Of(2, r => r.RunCores)).Median);
        var other = Math.Max(0, Summary.Of(Of(2, r => r.MachineCores)).Median - twoCores);
        var available = Environment.ProcessorCount - other;
        var server = Summary.Of(Of(2, r => r.ServerCores)).Median;
        var tasks = Of(2, r => r.Attempts).Sum();
        result.Note($"Tasks that succeeded: one process {Of(1, r => r.Successes).Sum():0} of {Of(1, r => r.Attempts).Sum():0}, two shards {Of(2, r => r.Successes).Sum():0} of {tasks:0}.");
        result.Note($"No goal on the speed-up: on {Environment.ProcessorCount} cores two shards cannot be 2× one process, because one participant keeps about one core busy (its Chromium, Playwright's driver, the lab). One process kept {oneCores:0.00} cores busy; while two shards recorded, they used {twoCores:0.00} and other work on the machine {other:0.00}, leaving {available:0.00}, so two shards could reach at most {Math.Min(2, available / oneCores):0.00}× (measured {speedUp.Value.Median:0.00}×, {one.Value.Median:0.0} → {two.Value.Median:0.0} participants/min). Across machines (CI jobs, browser servers) shards add their machines' cores; what they share is the store.");
        result.Note($"What two shards ask of the shared store: {written.Value.Median:0} events/s, against the {rate.Value.Median:N0} events/s it takes in ({headroom:N0}× headroom); the server used {server:0.000} cores ({server / Math.Max(twoCores + server, 1e-9):P1} of the CPU the recording took), with at most {Summary.Of(Of(2, r => r.PeakConnections)).Max:0} connections to the database at once (one process: {Summary.Of(Of(1, r => r.PeakConnections)).Max:0}).");
        if (context.Quick)
        {
            result.Note($"Quick: {participants} participants, one round: a look at the trend, not a figure to publish.");
        }
    }
}
