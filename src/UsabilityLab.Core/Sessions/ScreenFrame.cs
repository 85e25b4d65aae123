namespace UsabilityLab.Core.Sessions;

/// <summary>One JPEG frame of the participant's screen (CDP screencast), on the session's timeline.</summary>
/// <param name="SessionId">Session the frame belongs to.</param>
/// <param name="TimeMs">Session time at which the browser painted the frame.</param>
/// <param name="Width">Frame width in pixels.</param>
/// <param name="Height">Frame height in pixels.</param>
/// <param name="Jpeg">The JPEG bytes.</param>
public sealed record ScreenFrame(long SessionId, double TimeMs, int Width, int Height, byte[] Jpeg);
