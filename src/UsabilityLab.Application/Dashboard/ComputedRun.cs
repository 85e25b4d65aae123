using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Application.Dashboard;

/// <summary>A run's analysis with what trends, gates and comparisons need besides it (no events, no pictures).</summary>
/// <param name="Study">The study as the run stored it; null when its text no longer parses.</param>
/// <param name="Attempts">The run's attempts (comparisons test their times).</param>
/// <param name="Analysis">Its analysis.</param>
/// <param name="Gates">The study's gates judged against it; empty when the study has none.</param>
public sealed record ComputedRun(Study? Study, IReadOnlyList<AttemptRecord> Attempts, RunAnalysis Analysis, IReadOnlyList<GateResult> Gates)
{
    /// <summary>True when the study has gates and one of them failed.</summary>
    public bool GateFailed => Gates.Any(g => !g.Passed);

    /// <summary>The computed run of <paramref name="study"/>'s <paramref name="attempts"/> analysed as <paramref name="analysis"/>.</summary>
    public static ComputedRun Of(Study? study, IReadOnlyList<AttemptRecord> attempts, RunAnalysis analysis) =>
        new(study, attempts, analysis, study is { Gates.Count: > 0 } ? GateEvaluator.Evaluate(study.Gates, analysis) : []);
}
