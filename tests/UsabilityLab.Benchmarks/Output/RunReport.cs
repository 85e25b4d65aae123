using UsabilityLab.Benchmarks.Harness;

namespace UsabilityLab.Benchmarks.Output;

/// <summary>One invocation's results with the machine and mode they were measured in; the source of every output format.</summary>
/// <param name="Load">Load averages (1/5/15 min) at the start and at the end of the run.</param>
internal sealed record RunReport(DateTimeOffset Date, bool Quick, TimeSpan Elapsed, MachineInfo Machine, (string Start, string End) Load, IReadOnlyList<BenchmarkResult> Results)
{
    public IEnumerable<(BenchmarkResult Benchmark, Goal Goal)> Goals => Results.SelectMany(r => r.Goals.Select(g => (r, g)));
}
