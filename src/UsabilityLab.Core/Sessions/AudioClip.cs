namespace UsabilityLab.Core.Sessions;

/// <summary>A think-aloud recording (the moderator machine's microphone) aligned to a session's timeline.</summary>
/// <param name="Id">Database id.</param>
/// <param name="SessionId">Session whose timeline <paramref name="StartMs"/> refers to.</param>
/// <param name="StartMs">Session time at which the recorder started: audio second 0 is this moment.</param>
/// <param name="EndMs">Session time at which it stopped; null when the recording was cut off (crash, kill).</param>
/// <param name="MimeType">Container and codec as the browser reported them, e.g. <c>audio/webm;codecs=opus</c>.</param>
/// <param name="Data">The complete file (the uploaded chunks in order).</param>
public sealed record AudioClip(long Id, long SessionId, double StartMs, double? EndMs, string MimeType, byte[] Data);
