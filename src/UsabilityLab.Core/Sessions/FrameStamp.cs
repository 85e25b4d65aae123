namespace UsabilityLab.Core.Sessions;

/// <summary>A stored screen frame without its bytes: enough to choose the frame shown at a moment of a replay.</summary>
/// <param name="Id">The frame's store id (its picture is fetched by it).</param>
/// <param name="SessionId">The session it belongs to.</param>
/// <param name="TimeMs">Session time it was captured.</param>
public sealed record FrameStamp(long Id, long SessionId, double TimeMs);
