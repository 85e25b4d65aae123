using UsabilityLab.Core.Events;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Signals;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Core.Analysis;

/// <summary>Turns a run's attempts, events and questionnaire answers into <see cref="RunAnalysis"/>.</summary>
public static class RunAnalyzer
{
    /// <summary>Analyzes one run.</summary>
    /// <param name="study">The study, for task order, titles, optimal paths and golden-path clicks; null for imported data.</param>
    /// <param name="attempts">Every attempt of the run. Interrupted attempts are ignored, and so are unrestored ones (counted).</param>
    /// <param name="events">Recorded events of any number of sessions; tied to attempts by <see cref="RecordedEvent.AttemptId"/>.</param>
    /// <param name="answers">Questionnaire answers (sus, seq, nps).</param>
    /// <param name="thresholds">Signal thresholds; defaults when null.</param>
    /// <param name="simulatedParticipants">Labels of the participants the persona model simulated (see
    /// <see cref="Personas.PersonaProfile.IsSimulated"/>): their questionnaire answers are never scored.</param>
    /// <exception cref="ArgumentException">An answer is outside its instrument's scale.</exception>
    public static RunAnalysis Analyze(
        Study? study,
        IReadOnlyList<AttemptRecord> attempts,
        IReadOnlyList<RecordedEvent> events,
        IReadOnlyList<QuestionnaireAnswer> answers,
        SignalThresholds? thresholds = null,
        IReadOnlyCollection<string>? simulatedParticipants = null)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(answers);

        var simulated = simulatedParticipants?.ToHashSet(StringComparer.Ordinal) ?? [];
        var opinions = answers.Where(a => !simulated.Contains(a.Participant)).ToArray();

        // An attempt run after a resume that could not restore the participant's earlier tasks is not their result.
        var finished = attempts.Where(a => a.Outcome != AttemptOutcome.Interrupted && !a.Unrestored).ToArray();
        var eventsByAttempt = events.Where(e => e.AttemptId is not null).ToLookup(e => e.AttemptId!.Value);
        var attemptById = attempts.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());

        var noise = SessionEvents.BySession(events).SelectMany(session => SiteNoise.Find(session, study?.Capture.Ignore))
            .ToHashSet<RecordedEvent>(ReferenceEqualityComparer.Instance);
        var signals = SignalDetector.DetectAll(events, thresholds, noise)
            .Select(s => s.AttemptId is { } id && attemptById.TryGetValue(id, out var a)
                ? new TaskSignal(a.TaskId, a.Participant, s)
                : new TaskSignal(null, null, s))
            .ToArray();

        var tasks = TaskOrder(study, finished).Select(taskId =>
        {
            var task = study?.Tasks.FirstOrDefault(t => t.Id == taskId);
            var taskAttempts = finished.Where(a => a.TaskId == taskId).ToArray();
            var facts = taskAttempts.Select(a => AttemptFacts.From(a, eventsByAttempt[a.Id].ToArray(), noise)).ToArray();
            var ids = taskAttempts.Select(a => a.Id).ToHashSet();
            var taskSignals = signals.Where(s => s.Signal.AttemptId is { } id && ids.Contains(id)).Select(s => s.Signal).ToArray();
            var rated = taskAttempts.Where(a => !simulated.Contains(a.Participant)).ToArray();
            return TaskMetricsCalculator.Compute(taskId, task, facts, taskSignals, SeqAnswers(taskId, rated, opinions));
        }).ToArray();

        var (susScores, incomplete) = Questionnaires.SusScores(opinions);
        var people = attempts.Select(a => a.Participant).Concat(answers.Select(a => a.Participant)).Distinct(StringComparer.Ordinal).ToArray();
        return new RunAnalysis
        {
            Study = study?.Name,
            Participants = people.Length,
            SimulatedParticipants = people.Count(simulated.Contains),
            Simulated = finished.Length > 0 && finished.All(a => simulated.Contains(a.Participant)),
            SimulatedAnswersIgnored = answers.Count - opinions.Length,
            Tasks = tasks,
            Sus = susScores.Count > 0 ? Metrics.Sus.Summarize(susScores.Select(s => s.Score).ToArray()) : null,
            SusScores = susScores,
            SusIncompleteSheets = incomplete,
            Nps = Questionnaires.Nps(opinions),
            Signals = signals,
            SiteNoise = NoiseSummary.Of(noise, attemptById),
            EventsLost = (int)events.Where(e => e.Kind == EventKind.EventsLost).Sum(e => e.Value ?? 0),
            UnrestoredAttempts = attempts.Count(a => a.Unrestored && a.Outcome != AttemptOutcome.Interrupted),
        };
    }

    private static IEnumerable<string> TaskOrder(Study? study, IReadOnlyList<AttemptRecord> attempts) =>
        (study?.Tasks.Select(t => t.Id) ?? []).Concat(attempts.Select(a => a.TaskId)).Distinct(StringComparer.Ordinal);

    /// <summary>SEQ answers from the questionnaire; when there are none for the task, the ratings stored on the attempts.</summary>
    private static int[] SeqAnswers(string taskId, IReadOnlyList<AttemptRecord> attempts, IReadOnlyList<QuestionnaireAnswer> answers)
    {
        var asked = Questionnaires.Of(answers, "seq").Where(a => a.TaskId == taskId).Select(a => a.Value).ToArray();
        var values = asked.Length > 0 ? asked : attempts.Where(a => a.Seq is not null).Select(a => a.Seq!.Value).ToArray();
        var bad = values.Where(v => v is < 1 or > 7).ToArray();
        return bad.Length == 0
            ? values
            : throw new ArgumentException($"SEQ answers for task '{taskId}' must be 1–7; got {string.Join(", ", bad)}.", nameof(answers));
    }
}
