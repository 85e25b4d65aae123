namespace UsabilityLab.Recording.Moderation.Frames;

/// <summary>A screencast frame as received: session time of the paint, JPEG bytes and pixel size.</summary>
internal sealed record CapturedFrame(double TimeMs, byte[] Jpeg, int Width, int Height);
