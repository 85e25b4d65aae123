using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Core.Runs;

/// <summary>Everything analysis and reporting need from one run, as domain records.</summary>
/// <param name="Run">The run (status, mode, dates, target).</param>
/// <param name="StudyName">Study name.</param>
/// <param name="Study">The study re-read from the stored text; null when the text no longer parses (imported runs have a minimal one).</param>
/// <param name="Tasks">Task definitions as stored with the run, in order.</param>
/// <param name="Participants">Participants with persona and session status.</param>
/// <param name="Attempts">All attempts (interrupted ones included; analysis skips them).</param>
/// <param name="Events">Events, ordered by session and time (empty when not requested).</param>
/// <param name="Answers">Questionnaire answers.</param>
public sealed record RunData(
    StoredRun Run,
    string StudyName,
    Study? Study,
    IReadOnlyList<StoredTask> Tasks,
    IReadOnlyList<ParticipantSummary> Participants,
    IReadOnlyList<AttemptRecord> Attempts,
    IReadOnlyList<RecordedEvent> Events,
    IReadOnlyList<QuestionnaireAnswer> Answers);
