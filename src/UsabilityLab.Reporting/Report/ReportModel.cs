using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>The whole report, computed once and rendered by the Razor components (no logic in the templates).</summary>
public sealed record ReportModel
{
    /// <summary>Study name.</summary>
    public required string StudyName { get; init; }

    /// <summary>The run reported on.</summary>
    public required ReportRun Run { get; init; }

    /// <summary>The analysis of <see cref="Run"/>.</summary>
    public required RunAnalysis Analysis { get; init; }

    /// <summary>When the report was generated.</summary>
    public DateTimeOffset GeneratedAt { get; init; }

    /// <summary>One line per task for the executive summary.</summary>
    public required IReadOnlyList<SummaryLine> Summary { get; init; }

    /// <summary>Where the traffic-light thresholds came from: the study's gates or the defaults.</summary>
    public required string ThresholdSource { get; init; }

    /// <summary>The most important findings in plain words, most important first (at most three of each kind).</summary>
    public required KeyFindings Findings { get; init; }

    /// <summary>Overview charts (inline SVG).</summary>
    public required OverviewCharts Charts { get; init; }

    /// <summary>Per-task sections.</summary>
    public required IReadOnlyList<TaskDetail> Tasks { get; init; }

    /// <summary>Comparison with a second run, when asked for.</summary>
    public ComparisonDetail? Comparison { get; init; }

    /// <summary>Participants appendix rows.</summary>
    public required IReadOnlyList<ParticipantLine> Participants { get; init; }

    /// <summary>The methodology (docs/metrics.md) as HTML; trusted, produced from the embedded file only.</summary>
    public required string MethodologyHtml { get; init; }

    /// <summary>Every attempt was made by the persona model: pages say "simulated participants", and no questionnaire is scored.</summary>
    public bool Simulated => Analysis.Simulated;

    /// <summary>"simulated participants" or "participants", for every sentence that names who took part.</summary>
    public string People => Wording.PeopleOf(Simulated);
}
