using System.Diagnostics;
using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Benchmarks.Support;
using UsabilityLab.Core.Events;
using UsabilityLab.Storage.Entities;
using UsabilityLab.Storage.Ingest;

namespace UsabilityLab.Benchmarks.Benchmarks;

/// <summary>
/// Issue 3: events/s into SQLite through the lab's store (EventSink → EventWriter, batches of prepared inserts) vs a raw
/// prepared-insert loop on the same schema vs EF Core AddRange + SaveChanges. Each variant writes into a fresh,
/// migrated database; EF Core gets fewer rows because it is an order of magnitude slower (the rate is per row either way).
/// </summary>
internal sealed class IngestBenchmark : Benchmark
{
    public override string Name => "ingest";

    public override string Title => "Event ingest into SQLite: store vs raw prepared inserts vs EF Core SaveChanges";

    public override string Issue => "#3";

    protected override async Task MeasureAsync(BenchContext context, BenchmarkResult result, CancellationToken ct)
    {
        var count = context.Pick(20_000, 200_000);
        var efCount = count / 10;
        var events = SyntheticEvents.Attempt(new Random(7), 0, null, "http://bench.invalid/", 1, 0, count, out _);

        // EF Core is an order of magnitude slower, so it inserts a tenth of the rows; the store is measured on that same
        // size too, and the EF ratio compares equal sizes (a smaller table is cheaper to insert into).
        var samples = await Sampler.InterleavedAsync(context.Pick(0, 1), context.Pick(2, 5),
        [
            ("store", () => RateAsync(context, count, scratch => StoreAsync(scratch, events, count, ct))),
            ("raw", () => RateAsync(context, count, async scratch =>
            {
                var rows = events.Select(e => e with { SessionId = scratch.SessionId }).ToList();
                await using var connection = await scratch.Database.OpenConnectionAsync(ct);
                var clock = Stopwatch.StartNew();
                RawInsert.Write(connection, rows);
                return clock.Elapsed;
            })),
            ("store-small", () => RateAsync(context, efCount, scratch => StoreAsync(scratch, events, efCount, ct))),
            ("ef", () => RateAsync(context, efCount, async scratch =>
            {
                var rows = events.Take(efCount).Select(e => ToRow(e, scratch.SessionId)).ToList();
                await using var db = scratch.Database.CreateContext();
                var clock = Stopwatch.StartNew();
                db.Events.AddRange(rows);
                await db.SaveChangesAsync(ct);
                return clock.Elapsed;
            })),
        ], context.Log, ct);

        result.Add($"store (EventSink → EventWriter), {count:N0} events", "events/s", samples["store"]);
        result.Add($"raw prepared-insert loop, one transaction, {count:N0} events", "events/s", samples["raw"]);
        result.Add($"store, {efCount:N0} events", "events/s", samples["store-small"]);
        result.Add($"EF Core AddRange + SaveChanges, {efCount:N0} events", "events/s", samples["ef"]);
        var vsRaw = result.Add("ratio store / raw", "×", Sampler.Ratios(samples["store"], samples["raw"]));
        var vsEf = result.Add("ratio store / EF Core (same size)", "×", Sampler.Ratios(samples["store-small"], samples["ef"]));
        result.Goals.Add(Goal.Min("store ≥ 0.7× a raw prepared-insert loop", vsRaw.Value.Median, 0.7, "×"));
        result.Goals.Add(Goal.Min("store ≥ 10× EF Core AddRange + SaveChanges", vsEf.Value.Median, 10, "×"));
        result.Note($"Recorder-like events, each repetition into a fresh migrated database (WAL, synchronous=NORMAL, the lab's indexes); the store's time runs from the first Post to the end of its flushing dispose, when every event is durable.");
    }

    private static async Task<TimeSpan> StoreAsync(ScratchDatabase scratch, List<RecordedEvent> events, int count, CancellationToken ct)
    {
        var rows = events.Take(count).Select(e => e with { SessionId = scratch.SessionId }).ToList();
        var sink = await EventSink.StartAsync(scratch.Database, cancellationToken: ct);
        var clock = Stopwatch.StartNew();
        foreach (var e in rows)
        {
            sink.Post(e);
        }

        await sink.DisposeAsync(); // flushes: every event is durable when it returns
        return clock.Elapsed;
    }

    private static async Task<double> RateAsync(BenchContext context, int count, Func<ScratchDatabase, Task<TimeSpan>> write)
    {
        var scratch = await ScratchDatabase.CreateAsync(context.Temp, "ingest");
        try
        {
            return count / (await write(scratch)).TotalSeconds;
        }
        finally
        {
            scratch.Delete();
        }
    }

    private static EventRow ToRow(RecordedEvent e, long sessionId) => new()
    {
        SessionId = sessionId, AttemptId = e.AttemptId, Kind = e.Kind, TimeMs = e.TimeMs, Url = e.Url, X = e.X, Y = e.Y,
        ViewportX = e.ViewportX, ViewportY = e.ViewportY, ScrollX = e.ScrollX, ScrollY = e.ScrollY, Selector = e.Selector,
        Tag = e.Tag, Text = e.Text, Interactive = e.Interactive, Button = e.Button, BoxX = e.BoxX, BoxY = e.BoxY,
        BoxWidth = e.BoxWidth, BoxHeight = e.BoxHeight, Value = e.Value, Detail = e.Detail, ViewportWidth = e.ViewportWidth,
    };
}
