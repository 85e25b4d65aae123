using UsabilityLab.Core.Events;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Reporting.Report;

/// <summary>
/// Everything the report needs from one recorded run, as domain records. Reporting depends on Core only; the CLI
/// fills this from the database (Storage's RunData plus the page snapshots).
/// </summary>
public sealed record ReportRun
{
    /// <summary>Run id.</summary>
    public long RunId { get; init; }

    /// <summary>Study name.</summary>
    public required string StudyName { get; init; }

    /// <summary>The study, when its stored text still parses (gates, optimal paths, golden-path clicks).</summary>
    public Study? Study { get; init; }

    /// <summary>Target website.</summary>
    public required string Target { get; init; }

    /// <summary>Scripted, Moderated or Imported.</summary>
    public required string Mode { get; init; }

    /// <summary>Persona mode of a scripted run (exact or mixed).</summary>
    public string? PersonaMode { get; init; }

    /// <summary>Run status as people read it (completed, interrupted, incomplete (shards 2, 4 of 4 not finished)…).</summary>
    public string Status { get; init; } = "completed";

    /// <summary>When the run started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>When it ended.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Browser version, when recorded.</summary>
    public string? BrowserVersion { get; init; }

    /// <summary>Tasks as defined when the run started, in order.</summary>
    public required IReadOnlyList<StoredTask> Tasks { get; init; }

    /// <summary>Participants.</summary>
    public required IReadOnlyList<ParticipantSummary> Participants { get; init; }

    /// <summary>Attempts (interrupted ones included; analysis skips them).</summary>
    public required IReadOnlyList<AttemptRecord> Attempts { get; init; }

    /// <summary>Events ordered by session and time.</summary>
    public required IReadOnlyList<RecordedEvent> Events { get; init; }

    /// <summary>Questionnaire answers.</summary>
    public required IReadOnlyList<QuestionnaireAnswer> Answers { get; init; }

    /// <summary>Full-page screenshots, one per page key and viewport width.</summary>
    public required IReadOnlyList<PageScreenshot> Snapshots { get; init; }

    /// <summary>Moderators' notes (moderated runs), each with the screen frame of its moment when one was kept.</summary>
    public IReadOnlyList<ReportObservation> Observations { get; init; } = [];
}
