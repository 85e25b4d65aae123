namespace UsabilityLab.Recording.Capture;

/// <summary>
/// Participant time: real elapsed time plus simulated think time, which is added as an offset instead of slept,
/// so a run is fast while recorded times keep each persona's human pace. Events stamped in wall time (the page's
/// clock) are mapped through the offset that was in force when they happened. Real time is read from a
/// <see cref="TimeProvider"/>, so tests move it on instead of sleeping.
/// </summary>
/// <param name="time">Where real time comes from; the system clock when null.</param>
public sealed class ParticipantClock(TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly long _started = (time ?? TimeProvider.System).GetTimestamp();
    private readonly double _startWallMs = (time ?? TimeProvider.System).GetUtcNow().ToUnixTimeMilliseconds();
    private readonly List<(double WallMs, double OffsetMs)> _offsets = [(double.MinValue, 0)];
    private readonly Lock _gate = new();

    private double ElapsedMs => _time.GetElapsedTime(_started).TotalMilliseconds;

    /// <summary>Participant milliseconds since the session started.</summary>
    public double NowMs
    {
        get
        {
            lock (_gate)
            {
                return ElapsedMs + _offsets[^1].OffsetMs;
            }
        }
    }

    /// <summary>Current wall clock in Unix milliseconds (same basis as the page's performance.timeOrigin + now()).</summary>
    public double WallNowMs => _startWallMs + ElapsedMs;

    /// <summary>Adds simulated time (thinking, reading, typing) without waiting for it.</summary>
    public void Advance(double milliseconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(milliseconds);
        lock (_gate)
        {
            _offsets.Add((WallNowMs, _offsets[^1].OffsetMs + milliseconds));
        }
    }

    /// <summary>
    /// Participant time of a moment another machine part reported in wall-clock ms (none: now), never before the start
    /// nor in the future: a skewed or made-up client time is clamped onto the timeline.
    /// </summary>
    public double OnTimeline(double? wallMs) =>
        wallMs is { } wall && double.IsFinite(wall) ? Math.Clamp(FromWall(wall), 0, NowMs) : NowMs;

    /// <summary>Maps a wall-clock stamp (Unix ms) to participant ms.</summary>
    public double FromWall(double wallMs)
    {
        lock (_gate)
        {
            var offset = 0.0;
            for (var i = _offsets.Count - 1; i >= 0; i--)
            {
                if (_offsets[i].WallMs <= wallMs)
                {
                    offset = _offsets[i].OffsetMs;
                    break;
                }
            }

            return Math.Max(0, wallMs - _startWallMs + offset);
        }
    }
}
