namespace UsabilityLab.Core.Sessions;

/// <summary>
/// A span during which the moderator paused the task clock. The session timeline keeps running (events, audio and
/// frames stay aligned with wall time); time on task excludes the paused spans of its attempt.
/// </summary>
/// <param name="SessionId">Session the pause happened in.</param>
/// <param name="AttemptId">Attempt whose clock was paused, if a task was running.</param>
/// <param name="StartMs">Session time the pause began.</param>
/// <param name="EndMs">Session time the clock resumed (or the session ended).</param>
public sealed record ClockPause(long SessionId, long? AttemptId, double StartMs, double EndMs)
{
    /// <summary>Length of the pause in milliseconds.</summary>
    public double DurationMs => Math.Max(0, EndMs - StartMs);
}
