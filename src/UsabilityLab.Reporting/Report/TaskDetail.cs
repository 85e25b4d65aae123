using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>One task's section.</summary>
public sealed record TaskDetail(
    int Number,
    string Id,
    string Title,
    string Prompt,
    TaskMetrics Metrics,
    TrafficLight Light,
    GateResult? Gate,
    IReadOnlyList<MetricRow> Rows,
    string TimeChart,
    HeatmapView? Heatmap,
    IReadOnlyList<SignalGroup> Signals,
    IReadOnlyList<PathCount> Paths)
{
    /// <summary>Every pictured page view the task's clicks were made in, the report's <see cref="Heatmap"/> first: for a viewer that lets people choose.</summary>
    public IReadOnlyList<HeatmapChoice> Views { get; init; } = [];

    /// <summary>Moderator notes taken during this task, in time order.</summary>
    public IReadOnlyList<ObservationView> Observations { get; init; } = [];

    /// <summary>Outcomes the moderator set, with what the automatic criteria said.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>The page's alert, confirm, prompt and beforeunload dialogs during this task, with how the lab answered.</summary>
    public IReadOnlyList<DialogView> Dialogs { get; init; } = [];
}
