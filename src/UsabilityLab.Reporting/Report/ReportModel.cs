using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>Traffic light of a task in the executive summary.</summary>
public enum TrafficLight
{
    /// <summary>Meets its gates (or the default thresholds).</summary>
    Green,

    /// <summary>Misses one secondary condition, or is borderline.</summary>
    Amber,

    /// <summary>Misses its completion target or several conditions.</summary>
    Red,
}

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

/// <summary>
/// Overview charts as SVG markup produced by ScottPlot (no page data inside except task titles, which ScottPlot escapes).
/// SEQ and SUS are null when not measured: simulated participants have no opinion to chart.
/// </summary>
public sealed record OverviewCharts(string Completion, string Time, string Lostness, string? Seq, string? Sus);

/// <summary>A task's line in the executive summary.</summary>
public sealed record SummaryLine(string TaskId, string Title, TrafficLight Light, string Completion, string Time, string Verdict);

/// <summary>A row of a task's metrics table.</summary>
public sealed record MetricRow(string Name, string Value, string Interval, string Note);

/// <summary>A group of equal signals (same kind, page and element) with an illustrative screenshot crop.</summary>
public sealed record SignalGroup(SignalKind Kind, string Page, string? Selector, string? Text, int Count, int Participants, string Description, string? CropDataUri);

/// <summary>A path participants took, as page keys, with how many attempts took it.</summary>
public sealed record PathCount(IReadOnlyList<string> Pages, int Attempts, int Successes);

/// <summary>A heatmap image with its page; <paramref name="BackdropNote"/> says what the page's picture leaves out
/// (only its first screen, cut at a height), when it does.</summary>
public sealed record HeatmapView(PageLayout Layout, string? PageTitle, string DataUri, int Clicks, int Participants, IReadOnlyList<ElementClicks> TopElements, string? BackdropNote = null)
{
    /// <summary>The view of the page the clicks were made in and the picture shows ("after 'Open dialog'"); null for
    /// the page as first seen.</summary>
    public string? View { get; init; }
}

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
    /// <summary>Moderator notes taken during this task, in time order.</summary>
    public IReadOnlyList<ObservationView> Observations { get; init; } = [];

    /// <summary>Outcomes the moderator set, with what the automatic criteria said.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>The page's alert, confirm, prompt and beforeunload dialogs during this task, with how the lab answered.</summary>
    public IReadOnlyList<DialogView> Dialogs { get; init; } = [];
}

/// <summary>One dialog text as the page showed it (<paramref name="Text"/>, e.g. "confirm: Discard changes? (accepted)"), in how many attempts.</summary>
public sealed record DialogView(string Text, int Attempts);

/// <summary>A note ready to render; the frame is a data URI.</summary>
public sealed record ObservationView(string Participant, string Time, string Tag, int Severity, string Text, string? FrameDataUri);

/// <summary>Before/after comparison.</summary>
public sealed record ComparisonDetail(string LabelA, string LabelB, IReadOnlyList<ComparisonLine> Tasks, string CompletionChart, string TimeChart, string? SusLine)
{
    /// <summary>Why the runs are not like for like (an exact run against a mixed one, simulated against people); null when they are.</summary>
    public string? Warning { get; init; }
}

/// <summary>One task compared across two runs.</summary>
public sealed record ComparisonLine(string Title, string CompletionA, string CompletionB, string CompletionTest, string TimeA, string TimeB, string TimeTest);

/// <summary>A participant in the appendix; <paramref name="Device"/> is the Playwright device, when they used one.</summary>
public sealed record ParticipantLine(string Label, string Persona, string Status, int Succeeded, int Attempted, double TotalMinutes, double? Sus, int Signals, string? Device = null);
