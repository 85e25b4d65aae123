namespace UsabilityLab.Recording.Moderation.Remote;

/// <summary>One finger of a touch event, in the streamed page's CSS pixels.</summary>
/// <param name="X">Horizontal position in the viewport.</param>
/// <param name="Y">Vertical position in the viewport.</param>
/// <param name="Id">The finger's identifier, stable while it touches.</param>
public sealed record TouchPoint(double X, double Y, int Id);
