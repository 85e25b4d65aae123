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

        var samples = await Sampler.InterleavedAsync(context.Pick(0, 1), context.Pick(2, 5),
        [
            ("store", () => RateAsync(context, count, async scratch =>
            {
                var rows = events.Select(e => e with { SessionId = scratch.SessionId }).ToList();
                var sink = await EventSink.StartAsync(scratch.Database, ct);
                var clock = Stopwatch.StartNew();
                foreach (var e in rows)
                {
                    sink.Post(e);
                }

                await sink.DisposeAsync(); // flushes: every event is durable when it returns
                return clock.Elapsed;
            })),
            ("raw", () => RateAsync(context, count, async scratch =>
            {
                var rows = events.Select(e => e with { SessionId = scratch.SessionId }).ToList();
                await using var connection = await scratch.Database.OpenConnectionAsync(ct);
                var clock = Stopwatch.StartNew();
                RawInsert.Write(connection, rows);
                return clock.Elapsed;
            })),
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

        result.Add("store (EventSink → EventWriter)", "events/s", samples["store"]);
        result.Add("raw prepared-insert loop, one transaction", "events/s", samples["raw"]);
        result.Add("EF Core AddRange + SaveChanges", "events/s", samples["ef"]);
        var vsRaw = result.Add("ratio store / raw", "×", Sampler.Ratios(samples["store"], samples["raw"]));
        var vsEf = result.Add("ratio store / EF Core", "×", Sampler.Ratios(samples["store"], samples["ef"]));
        result.Goals.Add(Goal.Min("store ≥ 0.7× a raw prepared-insert loop", vsRaw.Value.Median, 0.7, "×"));
        result.Goals.Add(Goal.Min("store ≥ 10× EF Core AddRange + SaveChanges", vsEf.Value.Median, 10, "×"));
        result.Note($"{count:N0} recorder-like events per store/raw repetition ({efCount:N0} for EF Core), each into a fresh migrated database (WAL, synchronous=NORMAL, the lab's indexes); store time is from the first Post to the flushed dispose.");
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
