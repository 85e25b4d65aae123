using UsabilityLab.Benchmarks.Benchmarks;
using UsabilityLab.Storage;

namespace UsabilityLab.Benchmarks.Harness;

/// <summary>
/// Every benchmark, in the order a full run executes them (browser-free ones first). Those that need a PostgreSQL server
/// have "postgres" in their names: ./lab bench starts a throwaway server when it runs one of them (or all).
/// </summary>
internal static class Registry
{
    public static IReadOnlyList<Benchmark> All { get; } =
    [
        new IngestBenchmark(StoreKind.Sqlite),
        new IngestBenchmark(StoreKind.PostgreSql),
        new AnalysisBenchmark(StoreKind.Sqlite),
        new AnalysisBenchmark(StoreKind.PostgreSql),
        new CsvImportBenchmark(),
        new DashboardBenchmark(),
        new RecorderClickCostBenchmark(),
        new RecorderVsRrwebBenchmark(),
        new HeatmapBenchmark(),
        new ReportBenchmark(),
        new RecorderOverheadBenchmark(),
        new ScalingBenchmark(),
        new BrowserServerBenchmark(),
        new RemoteStreamLatencyBenchmark(),
        new RemoteStreamBytesBenchmark(),
        new RemoteParticipantsPerHostBenchmark(),
        new ShardsBenchmark(),
    ];
}
