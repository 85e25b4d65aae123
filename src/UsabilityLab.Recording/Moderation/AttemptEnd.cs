using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Recording.Moderation;

/// <summary>
/// The automatic outcome of a moderated attempt, from the study's success criteria. It is always computed and
/// stored; when the moderator decides otherwise, theirs becomes the outcome and this one is kept beside it.
/// </summary>
internal static class AttemptEnd
{
    /// <param name="cause">Why the attempt ended.</param>
    /// <param name="metAtActiveMs">Active task time at which all criteria first held, or null.</param>
    /// <param name="firstUnmet">The first criterion not met at the end (null when all hold now).</param>
    /// <param name="activeMs">Active task time at the end.</param>
    /// <param name="timeLimit">The task's time limit.</param>
    /// <param name="detail">Extra text for crashes (what happened to the browser).</param>
    public static (AttemptOutcome Outcome, string Reason) Automatic(
        AttemptEndCause cause, double? metAtActiveMs, string? firstUnmet, double activeMs, TimeSpan timeLimit, string? detail = null)
    {
        var limitMs = timeLimit.TotalMilliseconds;
        // Criteria that hold at the end count as met at the end.
        var metAt = metAtActiveMs ?? (firstUnmet is null ? activeMs : null);
        switch (cause)
        {
            case AttemptEndCause.BrowserLost:
                return (AttemptOutcome.Crashed, $"participant's browser lost: {detail ?? "closed or crashed"}");
            case AttemptEndCause.Interrupted:
                return (AttemptOutcome.Interrupted, "moderated session interrupted");
            case AttemptEndCause.ParticipantGaveUp:
                return (AttemptOutcome.Abandoned, metAt is { } m ? $"participant gave up (the success criteria had held at {Clock(m)})" : "participant gave up");
        }

        if (metAt is { } met)
        {
            return met <= limitMs
                ? (AttemptOutcome.Success, $"all success criteria met at {Clock(met)}")
                : (AttemptOutcome.Failed, $"success criteria met only after the time limit of {Clock(limitMs)}");
        }

        var unmet = firstUnmet ?? "success criteria";
        return cause switch
        {
            AttemptEndCause.ParticipantDone => (AttemptOutcome.Failed, $"participant said done, but {unmet} not met"),
            AttemptEndCause.ModeratorMarked => (AttemptOutcome.Failed, $"ended by the moderator; {unmet} not met"),
            _ => (AttemptOutcome.Failed, $"session ended before the task was done; {unmet} not met"),
        };
    }

    /// <summary>m:ss, as the console and the reasons show task time.</summary>
    public static string Clock(double ms)
    {
        var seconds = (long)Math.Round(ms / 1000);
        return $"{seconds / 60}:{seconds % 60:00}";
    }
}
