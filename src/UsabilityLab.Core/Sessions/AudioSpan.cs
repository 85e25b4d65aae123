namespace UsabilityLab.Core.Sessions;

/// <summary>A think-aloud clip without its bytes: where it lies on the session's timeline.</summary>
/// <param name="Id">The clip's store id (its bytes are fetched by it).</param>
/// <param name="SessionId">The session it belongs to.</param>
/// <param name="StartMs">Session time of its first sample.</param>
/// <param name="EndMs">Session time it stopped; null when it was cut off.</param>
/// <param name="MimeType">As the browser recorded it, e.g. <c>audio/webm;codecs=opus</c>.</param>
public sealed record AudioSpan(long Id, long SessionId, double StartMs, double? EndMs, string MimeType);
