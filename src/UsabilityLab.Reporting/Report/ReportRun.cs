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

    /// <summary>Run status (Completed, Interrupted…).</summary>
    public string Status { get; init; } = "Completed";

    /// <summary>When the run started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>When it ended.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Browser version, when recorded.</summary>
    public string? BrowserVersion { get; init; }

    /// <summary>Tasks as defined when the run started, in order.</summary>
    public required IReadOnlyList<ReportTaskDefinition> Tasks { get; init; }

    /// <summary>Participants.</summary>
    public required IReadOnlyList<ReportParticipant> Participants { get; init; }

    /// <summary>Attempts (interrupted ones included; analysis skips them).</summary>
    public required IReadOnlyList<AttemptRecord> Attempts { get; init; }

    /// <summary>Events ordered by session and time.</summary>
    public required IReadOnlyList<RecordedEvent> Events { get; init; }

    /// <summary>Questionnaire answers.</summary>
    public required IReadOnlyList<QuestionnaireAnswer> Answers { get; init; }

    /// <summary>Full-page screenshots, one per page key and viewport width.</summary>
    public required IReadOnlyList<PageSnapshot> Snapshots { get; init; }

    /// <summary>Moderators' notes (moderated runs), each with the screen frame of its moment when one was kept.</summary>
    public IReadOnlyList<ReportObservation> Observations { get; init; } = [];
}

/// <summary>A moderator's note as the report shows it.</summary>
/// <param name="TaskId">Task the note was taken in, or null between tasks.</param>
/// <param name="Participant">Participant label.</param>
/// <param name="SecondsIntoTask">Time since the task started (or since the session started, between tasks).</param>
/// <param name="Tag">issue, quote, positive or idea.</param>
/// <param name="Severity">1 cosmetic … 4 critical.</param>
/// <param name="Text">The note.</param>
/// <param name="FrameJpeg">What the participant saw at that moment, when a frame was kept.</param>
public sealed record ReportObservation(string? TaskId, string Participant, double SecondsIntoTask, string Tag, int Severity, string Text, byte[]? FrameJpeg);

/// <summary>A task as stored with the run.</summary>
/// <param name="Id">Task id.</param>
/// <param name="Title">Title.</param>
/// <param name="Prompt">What the participant was asked to do.</param>
/// <param name="TimeLimitSeconds">Time limit.</param>
/// <param name="OptimalPath">Optimal page path, when given.</param>
public sealed record ReportTaskDefinition(string Id, string Title, string Prompt, double TimeLimitSeconds, IReadOnlyList<string> OptimalPath);

/// <summary>A participant as the appendix lists them.</summary>
/// <param name="Label">Pseudonymous label (P01…).</param>
/// <param name="Persona">Persona (simulated) or "human".</param>
/// <param name="Sessions">Browser sessions.</param>
/// <param name="Status">Status of the last session.</param>
/// <param name="EndReason">Why the last session ended early, if it did.</param>
/// <param name="Device">The Playwright device of the last session; null for the desktop browser.</param>
public sealed record ReportParticipant(string Label, string Persona, int Sessions, string Status, string? EndReason, string? Device = null);
