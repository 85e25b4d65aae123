namespace UsabilityLab.Storage.Entities;

/// <summary>A full-page screenshot of a distinct page per viewport width, stored once per run (heatmap backdrop).</summary>
public sealed class PageSnapshotRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public required string PageKey { get; set; }
    public int ViewportWidth { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public string? Title { get; set; }
    public required byte[] Png { get; set; }
    public DateTimeOffset CapturedAt { get; set; }
}
