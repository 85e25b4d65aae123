namespace UsabilityLab.Recording.Moderation;

/// <summary>
/// The task clock a moderator can pause: active time excludes paused spans. The session timeline (events, frames,
/// audio) is never paused, so everything recorded stays aligned with wall time; only time on task stops.
/// </summary>
internal sealed class TaskTimer
{
    private readonly double _startMs;
    private double _pausedMs;
    private double? _pausedSince;

    public TaskTimer(double startMs) => _startMs = startMs;

    public bool IsPaused => _pausedSince is not null;

    /// <summary>When the current pause began (session ms), or null.</summary>
    public double? PausedSince => _pausedSince;

    /// <summary>Active milliseconds at session time <paramref name="nowMs"/>.</summary>
    public double ActiveMs(double nowMs) =>
        Math.Max(0, (_pausedSince ?? nowMs) - _startMs - _pausedMs);

    /// <summary>Total paused milliseconds up to <paramref name="nowMs"/>, the running pause included.</summary>
    public double PausedMs(double nowMs) => _pausedMs + (_pausedSince is { } since ? Math.Max(0, nowMs - since) : 0);

    /// <summary>Stops the clock; false when it was already stopped.</summary>
    public bool Pause(double nowMs)
    {
        if (_pausedSince is not null)
        {
            return false;
        }

        _pausedSince = nowMs;
        return true;
    }

    /// <summary>Restarts the clock; returns the pause that ended (start, end), or null when it was running.</summary>
    public (double StartMs, double EndMs)? Resume(double nowMs)
    {
        if (_pausedSince is not { } since)
        {
            return null;
        }

        _pausedMs += Math.Max(0, nowMs - since);
        _pausedSince = null;
        return (since, nowMs);
    }
}
