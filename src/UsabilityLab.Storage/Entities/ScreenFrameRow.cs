namespace UsabilityLab.Storage.Entities;

/// <summary>A JPEG frame of a moderated participant's screen, at a session time (capped in rate and size by the recorder).</summary>
internal sealed class ScreenFrameRow
{
    public long Id { get; set; }
    public long SessionId { get; set; }
    public double TimeMs { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public required byte[] Jpeg { get; set; }
}
