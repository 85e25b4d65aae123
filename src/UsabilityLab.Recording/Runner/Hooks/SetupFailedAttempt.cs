using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Capture;

namespace UsabilityLab.Recording.Runner.Hooks;

/// <summary>
/// The attempt a failed task setup kept from running: stored as an <see cref="AttemptOutcome.Error"/> with the reason,
/// taking no time, and marked <see cref="AttemptRecord.Unrestored"/> — the lab could not put the participant where the
/// task starts, so it is not their result and analysis leaves it out (and counts it).
/// </summary>
internal static class SetupFailedAttempt
{
    public static async Task<AttemptRecord> RecordAsync(IRunJournal journal, SessionRecorder recorder, ParticipantClock clock, string participant, StudyTask task, string reason)
    {
        var at = clock.NowMs;
        var id = await journal.StartAttemptAsync(recorder.SessionId, task.Id, at, CancellationToken.None);
        var record = new AttemptRecord
        {
            Id = id,
            Participant = participant,
            TaskId = task.Id,
            Outcome = AttemptOutcome.Error,
            Reason = reason,
            StartMs = at,
            EndMs = at,
            Unrestored = true,
        };
        await journal.FinishAttemptAsync(id, record, CancellationToken.None);
        return record;
    }
}
