using UsabilityLab.Core.Runs;

namespace UsabilityLab.Storage.Runs;

/// <summary>
/// What a run's analysis depends on, in a few numbers read with one cheap query: two equal stamps mean the run's
/// attempts, answers, notes and status are as they were, so what was computed from it still holds.
/// </summary>
/// <param name="Status">Recording, completed, interrupted or failed.</param>
/// <param name="EndedAt">When it ended; null while it records.</param>
/// <param name="Attempts">Task attempts stored.</param>
/// <param name="LastAttempt">The highest attempt id (an attempt replaced by another changes it).</param>
/// <param name="OutcomeSum">The attempts' outcomes summed: a moderator's override of an outcome changes it.</param>
/// <param name="Answers">Questionnaire answers stored.</param>
/// <param name="Notes">Moderator notes stored.</param>
public sealed record RunStamp(RunStatus Status, DateTimeOffset? EndedAt, int Attempts, long LastAttempt, long OutcomeSum, int Answers, int Notes);
