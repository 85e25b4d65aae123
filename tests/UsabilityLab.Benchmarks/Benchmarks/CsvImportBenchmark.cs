using System.Diagnostics;
using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Benchmarks.Support;
using UsabilityLab.Core.Import;
using UsabilityLab.Storage;

namespace UsabilityLab.Benchmarks.Benchmarks;

/// <summary>
/// Issue 21: <c>./lab import</c> of an outcomes CSV end to end, as the command does it: read and check the file
/// (ResultsCsv, Sep), create and migrate a fresh database, and store it (ImportWriter: the run through EF Core, the
/// participants and sessions as two set-based statements, the attempts and answers through prepared inserts). The
/// yardstick stores the same rows the plain EF Core way (AddRange + SaveChanges); it is an order of magnitude slower,
/// so it imports a tenth of the rows, and the ratio compares the lab's import on that same size.
/// </summary>
internal sealed class CsvImportBenchmark : Benchmark
{
    private const int FullRows = 100_000;

    public override string Name => "csv-import";

    public override string Title => "CSV import of 100,000 outcome rows into a fresh SQLite database, end to end";

    public override string Issue => "#21";

    protected override async Task MeasureAsync(BenchContext context, BenchmarkResult result, CancellationToken ct)
    {
        var rows = context.Pick(FullRows / 10, FullRows);
        var small = rows / 10;
        var file = SyntheticResultsCsv.Write(context.Temp, rows, seed: 21);
        var smallFile = SyntheticResultsCsv.Write(context.Temp, small, seed: 21);
        const int Warmups = 1;
        var parts = new List<(double Read, double Open, double Store)>();
        var samples = await Sampler.InterleavedAsync(Warmups, context.Pick(2, 5),
        [
            ("lab", () => SecondsAsync(context, file, (database, data) => new ImportWriter(database).WriteAsync("bench", ImportKind.Outcomes, data, ct), parts)),
            ("lab-small", () => SecondsAsync(context, smallFile, (database, data) => new ImportWriter(database).WriteAsync("bench", ImportKind.Outcomes, data, ct))),
            ("ef", () => SecondsAsync(context, smallFile, (database, data) => EfCoreImport.WriteAsync(database, "bench", data, ct))),
        ], context.Log, ct);

        parts.RemoveRange(0, Warmups);
        var end = result.Add($"lab import, {rows:N0} rows (read + check + new database + store)", "s", samples["lab"]);
        result.Add("  read and check the CSV (ResultsCsv through Sep)", "s", [.. parts.Select(p => p.Read)]);
        result.Add("  create and migrate the database", "s", [.. parts.Select(p => p.Open)]);
        result.Add("  store (EF Core for the run, set-based participants, prepared inserts for attempts and answers)", "s", [.. parts.Select(p => p.Store)]);
        result.Add($"lab import, {small:N0} rows", "s", samples["lab-small"]);
        result.Add($"EF Core AddRange + SaveChanges, {small:N0} rows", "s", samples["ef"]);
        var ratio = result.Add("ratio EF Core / lab (same size)", "×", Sampler.Ratios(samples["ef"], samples["lab-small"]));
        result.Goals.Add(Goal.Max("CSV import of 100,000 rows", end.Value.Median, 3, "s")
            .Unless(context.Quick ? Format.Invariant($"quick run imported {rows:N0} rows in {end.Value.Median:0.00} s") : null));
        result.Note($"{rows:N0} rows ({new FileInfo(file).Length / 1024.0 / 1024:0.0} MB): {rows / SyntheticResultsCsv.TasksPerParticipant:N0} participants × {SyntheticResultsCsv.TasksPerParticipant} tasks, every optional column filled, so each row stores an attempt and a SEQ answer. Each repetition creates and migrates a fresh database (WAL), as the first import into a new --db does; one warm-up, then the median. The EF Core yardstick is the importer before prepared inserts ({ratio.Value.Median:0.0} × slower at {small:N0} rows).");
    }

    /// <summary>One import into a fresh database, in seconds; its parts go to <paramref name="parts"/> when given.</summary>
    private static async Task<double> SecondsAsync(BenchContext context, string file, Func<LabDatabase, ImportedData, Task> write, List<(double, double, double)>? parts = null)
    {
        var path = context.Temp.NewFile("import", ".db");
        try
        {
            var clock = Stopwatch.StartNew();
            var data = ResultsCsv.Parse(file, ImportKind.Outcomes);
            var parsed = clock.Elapsed.TotalSeconds;
            if (!data.IsValid)
            {
                throw new InvalidOperationException($"the synthetic CSV did not import: {data.Problems[0]}");
            }

            var database = await LabDatabase.OpenAsync(path);
            var opened = clock.Elapsed.TotalSeconds;
            await write(database, data);
            var total = clock.Elapsed.TotalSeconds;
            parts?.Add((parsed, opened - parsed, total - opened));
            return total;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TempFolder.DeleteDatabase(path);
        }
    }
}
