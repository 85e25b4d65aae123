using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>Before/after comparison.</summary>
public sealed record ComparisonDetail(string LabelA, string LabelB, IReadOnlyList<ComparisonLine> Tasks, string CompletionChart, string TimeChart, string? SusLine)
{
    /// <summary>Why the runs are not like for like (an exact run against a mixed one, simulated against people); null when they are.</summary>
    public string? Warning { get; init; }
}
