using UsabilityLab.Benchmarks.Benchmarks;

namespace UsabilityLab.Benchmarks.Harness;

/// <summary>Every benchmark, in the order a full run executes them (browser-free ones first).</summary>
internal static class Registry
{
    public static IReadOnlyList<Benchmark> All { get; } =
    [
        new IngestBenchmark(),
        new AnalysisBenchmark(),
        new CsvImportBenchmark(),
        new RecorderClickCostBenchmark(),
        new RecorderVsRrwebBenchmark(),
        new HeatmapBenchmark(),
        new ReportBenchmark(),
        new RecorderOverheadBenchmark(),
        new ScalingBenchmark(),
        new BrowserServerBenchmark(),
    ];
}
