using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Benchmarks.Support;
using UsabilityLab.Core.Events;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Benchmarks.Benchmarks;

/// <summary>
/// Issue 3 (SQLite) and issue 23 (PostgreSQL): events/s through the lab's store (EventSink → the store's bulk writer:
/// prepared multi-row inserts on SQLite, a binary COPY per batch on PostgreSQL) vs the hand-written bulk load on the same
/// schema (a prepared-insert loop, one binary COPY) vs EF Core AddRange + SaveChanges. Each variant writes into a fresh,
/// migrated database; EF Core gets fewer rows because it is an order of magnitude slower (the rate is per row either way).
/// </summary>
internal sealed class IngestBenchmark(StoreKind store) : Benchmark
{
    private readonly StoreKind _store = store;

    private bool Postgres => _store == StoreKind.PostgreSql;

    public override string Name => Postgres ? "ingest-postgres" : "ingest";

    public override string Title => Postgres
        ? "Event ingest into PostgreSQL: store vs a raw binary COPY vs EF Core SaveChanges"
        : "Event ingest into SQLite: store vs raw prepared inserts vs EF Core SaveChanges";

    public override string Issue => Postgres ? "#23" : "#3";

    private string Raw => Postgres ? "raw binary COPY (BeginBinaryImport)" : "raw prepared-insert loop";

    protected override async Task MeasureAsync(BenchContext context, BenchmarkResult result, CancellationToken ct)
    {
        var count = context.Pick(20_000, 200_000);
        var efCount = count / 10;
        var events = SyntheticEvents.Attempt(new Random(7), 0, null, "http://bench.invalid/", 1, 0, count, out _);

        // EF Core is an order of magnitude slower, so it inserts a tenth of the rows; the store is measured on that same
        // size too, and the EF ratio compares equal sizes (a smaller table is cheaper to insert into).
        var samples = await Sampler.InterleavedAsync(context.Pick(0, 1), context.Pick(2, 5),
        [
            ("store", () => StoreIngest.RateAsync(context.Temp, _store, count, scratch => StoreIngest.TimeAsync(scratch, events.Take(count), ct))),
            ("raw", () => StoreIngest.RateAsync(context.Temp, _store, count, scratch => RawAsync(scratch, events, ct))),
            ("store-small", () => StoreIngest.RateAsync(context.Temp, _store, efCount, scratch => StoreIngest.TimeAsync(scratch, events.Take(efCount), ct))),
            ("ef", () => StoreIngest.RateAsync(context.Temp, _store, efCount, async scratch =>
            {
                var rows = events.Take(efCount).Select(e => ToRow(e, scratch.SessionId)).ToList();
                await using var db = scratch.Database.CreateContext();
                var clock = Stopwatch.StartNew();
                db.Events.AddRange(rows);
                await db.SaveChangesAsync(ct);
                return clock.Elapsed;
            })),
        ], context.Log, ct);

        var writer = Postgres ? "EventSink → EventCopy, a COPY per batch" : "EventSink → EventWriter";
        result.Add($"store ({writer}), {count:N0} events", "events/s", samples["store"]);
        result.Add($"{Raw}{(Postgres ? ", one COPY" : ", one transaction")}, {count:N0} events", "events/s", samples["raw"]);
        result.Add($"store, {efCount:N0} events", "events/s", samples["store-small"]);
        result.Add($"EF Core AddRange + SaveChanges, {efCount:N0} events", "events/s", samples["ef"]);
        var vsRaw = result.Add("ratio store / raw", "×", Sampler.Ratios(samples["store"], samples["raw"]));
        var vsEf = result.Add("ratio store / EF Core (same size)", "×", Sampler.Ratios(samples["store-small"], samples["ef"]));
        result.Goals.Add(Goal.Min($"store ≥ 0.7× a {Raw}", vsRaw.Value.Median, 0.7, "×"));
        result.Goals.Add(Goal.Min("store ≥ 10× EF Core AddRange + SaveChanges", vsEf.Value.Median, 10, "×"));
        var database = Postgres ? $"with the lab's indexes on the benchmarks' server ({await BenchPostgres.DescribeAsync()})" : "(WAL, synchronous=NORMAL, the lab's indexes)";
        result.Note($"Recorder-like events, each repetition into a fresh migrated database {database}; the store's time runs from the first Post to the end of its flushing dispose, when every event is durable.");
    }

    private static async Task<TimeSpan> RawAsync(ScratchDatabase scratch, List<RecordedEvent> events, CancellationToken ct)
    {
        var rows = events.Select(e => e with { SessionId = scratch.SessionId }).ToList();
        await using var connection = await StoreConnection.OpenAsync(scratch.Database, ct);
        var clock = Stopwatch.StartNew();
        switch (connection)
        {
            case SqliteConnection sqlite:
                RawInsert.Write(sqlite, rows);
                break;
            case NpgsqlConnection postgres:
                RawCopy.Write(postgres, rows);
                break;
        }

        return clock.Elapsed;
    }

    private static EventRow ToRow(RecordedEvent e, long sessionId) => new()
    {
        SessionId = sessionId, AttemptId = e.AttemptId, Kind = e.Kind, TimeMs = e.TimeMs, Url = e.Url, X = e.X, Y = e.Y,
        ViewportX = e.ViewportX, ViewportY = e.ViewportY, ScrollX = e.ScrollX, ScrollY = e.ScrollY, Selector = e.Selector,
        Tag = e.Tag, Text = e.Text, Interactive = e.Interactive, Button = e.Button, BoxX = e.BoxX, BoxY = e.BoxY,
        BoxWidth = e.BoxWidth, BoxHeight = e.BoxHeight, Value = e.Value, Detail = e.Detail, ViewportWidth = e.ViewportWidth,
    };
}
