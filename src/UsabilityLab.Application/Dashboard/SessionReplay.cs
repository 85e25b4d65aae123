using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Application.Dashboard;

/// <summary>
/// What a moderated session kept to be watched again: its screen frames and think-aloud clips, on the session's clock
/// (the same seconds as its timeline).
/// </summary>
/// <param name="SessionId">The session replayed.</param>
/// <param name="Frames">Its frames in time order (without bytes).</param>
/// <param name="Clips">Its clips in time order (without bytes).</param>
public sealed record SessionReplay(long SessionId, IReadOnlyList<FrameStamp> Frames, IReadOnlyList<AudioSpan> Clips)
{
    /// <summary>Session seconds of the first frame or clip.</summary>
    public double StartSeconds => Math.Min(Frames.Count > 0 ? Frames[0].TimeMs : double.MaxValue, Clips.Count > 0 ? Clips.Min(c => c.StartMs) : double.MaxValue) / 1000;

    /// <summary>Session seconds of the last frame or the end of the last clip.</summary>
    public double EndSeconds => Math.Max(Frames.Count > 0 ? Frames[^1].TimeMs : 0, Clips.Count > 0 ? Clips.Max(c => c.EndMs ?? c.StartMs) : 0) / 1000;
}
