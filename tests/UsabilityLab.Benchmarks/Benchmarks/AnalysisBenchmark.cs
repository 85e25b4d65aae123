using System.Diagnostics;
using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Benchmarks.Support;
using UsabilityLab.Core.Analysis;
using UsabilityLab.Storage;

namespace UsabilityLab.Benchmarks.Benchmarks;

/// <summary>
/// Issue 4 (SQLite) and issue 23 (PostgreSQL): a synthetic run of 1,000 sessions × 10 tasks × 50 events (500,000 events)
/// in the store, loaded and analyzed end to end the way <c>./lab analyze</c> does it (RunReader.LoadAsync, then
/// RunAnalyzer.Analyze), with the two halves timed; in full mode the same rows are also read through EF Core and a plain
/// ADO.NET reader as yardsticks.
/// </summary>
internal sealed class AnalysisBenchmark(StoreKind store) : Benchmark
{
    private const int FullSessions = 1_000;
    private const int Tasks = 10;
    private const int EventsPerAttempt = 50;

    private readonly StoreKind _store = store;

    private bool Postgres => _store == StoreKind.PostgreSql;

    public override string Name => Postgres ? "analysis-postgres" : "analysis";

    public override string Title => $"Analysis of 1,000 sessions × 10 tasks × 50 events from {Store}, end to end";

    public override string Issue => Postgres ? "#23" : "#4";

    private string Store => Postgres ? "PostgreSQL" : "SQLite";

    /// <summary>The goal of the issue: PostgreSQL's events come over a socket, so it gets a little more time.</summary>
    private double GoalSeconds => Postgres ? 2.5 : 2;

    protected override async Task MeasureAsync(BenchContext context, BenchmarkResult result, CancellationToken ct)
    {
        // Quick mode analyses a tenth of the sessions; the goal is for the full size, so it is reported, not checked.
        var sessions = context.Pick(FullSessions / 10, FullSessions);
        var setup = Stopwatch.StartNew();
        var run = await SyntheticRun.CreateAsync(context.Temp, sessions, Tasks, EventsPerAttempt, store: _store);
        var setupSeconds = setup.Elapsed.TotalSeconds;
        try
        {
            var load = new List<double>();
            var analyze = new List<double>();
            var total = new List<double>();
            var gcPause = new List<double>();
            RunAnalysis? analysis = null;
            for (var i = 0; i < 1 + context.Pick(2, 5); i++)
            {
                analysis = null; // the previous repetition's events are garbage before this one loads
                var pauseBefore = GC.GetTotalPauseDuration();
                var cpuBefore = Environment.CpuUsage.TotalTime; // on a busy machine CPU time shows the work that wall time hides
                var clock = Stopwatch.StartNew();
                var data = await new RunReader(run.Scratch.Database).LoadAsync(run.RunId, includeEvents: true, ct);
                var loaded = clock.Elapsed.TotalMilliseconds;
                var loadCpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds;
                var paused = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds;
                analysis = RunAnalyzer.Analyze(data.Study, data.Attempts, data.Events, data.Answers);
                var done = clock.Elapsed.TotalMilliseconds;
                var analyzeCpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds - loadCpu;
                context.Log(Format.Invariant($"load {loaded:0} ms + analyze {done - loaded:0} ms (CPU time {loadCpu:0} + {analyzeCpu:0} ms)"));
                if (i > 0)
                {
                    load.Add(loaded / 1000);
                    analyze.Add((done - loaded) / 1000);
                    total.Add(done / 1000);
                    gcPause.Add(paused);
                }
            }

            var end = result.Add("end to end (load + analyze)", "s", total);
            result.Add(Postgres ? "  load from PostgreSQL (RunReader: one query read by ordinal, streamed, pooled strings)" : "  load from SQLite (RunReader: native statement, pooled strings)", "s", load);
            result.Add("    of which the garbage collector paused the load", "s", gcPause);
            result.Add("  analyze (RunAnalyzer, metrics + signals)", "s", analyze);
            var scale = (double)FullSessions / sessions;
            result.Goals.Add(Goal.Max($"analysis of 500,000 events from {Store}, end to end", end.Value.Median, GoalSeconds, "s")
                .Unless(context.Quick ? Format.Invariant($"quick run analysed {run.Events:N0} events in {end.Value.Median:0.00} s, ≈ {end.Value.Median * scale:0.0} s at full size if linear") : null));
            var signals = analysis!.Signals.Count;
            var server = Postgres ? $" on the benchmarks' server ({await BenchPostgres.DescribeAsync()})" : "";
            result.Note($"{run.Events:N0} events, {sessions * Tasks:N0} attempts, {signals:N0} signals found; the database was generated{server} in {setupSeconds:0.0} s (not timed). One warm-up, then the median of the repetitions.");
            if (!context.Quick)
            {
                // Yardsticks for the explanation: the same rows through EF Core (the loader before), a plain ADO.NET
                // reader, and the database stepping through them without building any objects.
                var rest = await Sampler.TimeAsync(1, 3, () => new RunReader(run.Scratch.Database).LoadAsync(run.RunId, includeEvents: false, ct), ct);
                result.Add("  of the load: the run without its events (EF Core: attempts, answers, study)", "s", Seconds(rest));
                var ef = await Sampler.TimeAsync(1, 3, () => RawEventReader.LoadWithEfCoreAsync(run.Scratch.Database, run.RunId), ct);
                result.Add("for comparison: the same events through EF Core (the loader before)", "s", Seconds(ef));
                var ado = await Sampler.TimeAsync(1, 3, () => RawEventReader.LoadAsync(run.Scratch.Database, run.RunId), ct);
                result.Add("for comparison: the same events with a plain ADO.NET reader", "s", Seconds(ado));
                var step = await Sampler.TimeAsync(1, 3, () => RawEventReader.StepAsync(run.Scratch.Database, run.RunId), ct);
                result.Add($"  of which {Store} alone ({Stepping})", "s", Seconds(step));
                var explanation = Explanation(run.Events, Summary.Of(load).Median, Summary.Of(gcPause).Median, Summary.Of(analyze).Median, end.Value.Median,
                    Summary.Of(Seconds(rest)).Median, Summary.Of(Seconds(ef)).Median, Summary.Of(Seconds(ado)).Median, Summary.Of(Seconds(step)).Median);
                result.Note($"{explanation}");
            }
        }
        finally
        {
            await run.Scratch.DeleteAsync();
        }
    }

    /// <summary>What the yardstick that builds nothing does: SQLite steps through its rows; PostgreSQL's rows also cross a socket.</summary>
    private string Stepping => Postgres ? "query, the rows over the socket, stepping through them" : "query, stepping through the rows";

    private static List<double> Seconds(IEnumerable<double> milliseconds) => milliseconds.Select(ms => ms / 1000).ToList();

    /// <summary>Where the time goes, every number from this run's medians (seconds).</summary>
    private string Explanation(long events, double load, double gc, double analyze, double end, double rest, double ef, double ado, double step)
    {
        var eventsAlone = Math.Max(0, load - rest);
        return Format.Invariant($"What limits it: loading is {load / end:P0} of the time ({load:0.00} s): the run without its events (EF Core) {rest:0.00} s, ") +
            Format.Invariant($"the {events:N0} events {eventsAlone:0.00} s ({eventsAlone * 1e6 / events:0.00} µs per event), of which {Store} itself ({Stepping}) takes {step:0.00} s ") +
            Format.Invariant($"and building the event objects the other {Math.Max(0, eventsAlone - step):0.00} s; the garbage collector paused the load for {gc:0.00} s. ") +
            Format.Invariant($"The analysis takes {analyze:0.00} s ({analyze * 1e6 / events:0.00} µs per event). ") +
            Format.Invariant($"The same events through EF Core take {ef:0.00} s ({ef / Math.Max(eventsAlone, 1e-9):0.0} × RunReader's), with a plain ADO.NET reader {ado:0.00} s ({ado / Math.Max(eventsAlone, 1e-9):0.0} ×).");
    }
}
