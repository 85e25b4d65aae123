namespace UsabilityLab.Storage.Entities;

/// <summary>
/// A distinct page per viewport width and view (UI state), once per run: its full-page screenshot (heatmap backdrop), or, until a report
/// or heatmap first needs it, the page's archive to paint that screenshot from.
/// </summary>
internal sealed class PageSnapshotRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public required string PageKey { get; set; }
    public int ViewportWidth { get; set; }

    /// <summary>The view's structural hash (<c>EventKind.UiState</c>); empty when not known. A page's first row (lowest id)
    /// is its default picture.</summary>
    public string State { get; set; } = "";

    /// <summary>The viewport's height when the page was archived (the painter lays the archive out at the same size).</summary>
    public int ViewportHeight { get; set; }

    public int Width { get; set; }
    public int Height { get; set; }
    public string? Title { get; set; }

    /// <summary>The screenshot (PNG or JPEG; the column keeps its first name); null while only the archive is stored.</summary>
    public byte[]? Png { get; set; }

    /// <summary>The page's MHTML archive, gzip-compressed; cleared once painted (it holds the page's whole DOM).</summary>
    public byte[]? Archive { get; set; }

    public DateTimeOffset CapturedAt { get; set; }

    /// <summary>What a reader of the heatmap should know about the picture (e.g. only the page's first screen: the page
    /// was too large to archive); null when it is the whole page as seen.</summary>
    public string? Note { get; set; }
}
