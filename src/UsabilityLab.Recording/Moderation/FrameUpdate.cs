namespace UsabilityLab.Recording.Moderation;

/// <summary>The participant's screen as last painted (a JPEG), for the live view.</summary>
/// <param name="TimeMs">Session time of the paint.</param>
/// <param name="Width">Pixel width.</param>
/// <param name="Height">Pixel height.</param>
/// <param name="Jpeg">The JPEG bytes.</param>
public sealed record FrameUpdate(double TimeMs, int Width, int Height, byte[] Jpeg) : ModerationUpdate;
