using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Runs;

namespace UsabilityLab.Application.Dashboard;

/// <summary>A run's analysis with what it was computed from (no events): enough for trends, gates and comparisons.</summary>
/// <param name="Data">The run without its events.</param>
/// <param name="Analysis">Its analysis.</param>
/// <param name="Gates">The study's gates judged against it; empty when the study has none.</param>
public sealed record ComputedRun(RunData Data, RunAnalysis Analysis, IReadOnlyList<GateResult> Gates)
{
    /// <summary>True when the study has gates and one of them failed.</summary>
    public bool GateFailed => Gates.Any(g => !g.Passed);
}
