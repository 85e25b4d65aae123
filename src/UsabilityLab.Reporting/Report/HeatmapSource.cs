using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Reporting.Heatmaps;

namespace UsabilityLab.Reporting.Report;

/// <summary>A heatmap's page picture and the activity drawn over it, in document coordinates (CSS px).</summary>
/// <param name="Picture">The page's picture.</param>
/// <param name="Activity">Clicks of the pictured view, and mouse moves and scrolls on the page.</param>
public sealed record HeatmapSource(PageScreenshot Picture, PageActivity Activity)
{
    /// <summary>The picture's size in CSS px: the document's size as far as it was pictured.</summary>
    public (double Width, double Height) PageSize => PageGeometry.CssSize(Picture);

    /// <summary>The picture's media type, read from its first bytes.</summary>
    public string PictureType => Picture.Image is [0xFF, 0xD8, ..] ? "image/jpeg" : "image/png";

    /// <summary>A layer of <paramref name="kind"/> ("clicks" or "moves") as a transparent PNG of <see cref="PageSize"/>; null for another kind.</summary>
    public byte[]? Layer(string kind)
    {
        var points = kind switch
        {
            "clicks" => Activity.ClickPoints,
            "moves" => Activity.MovePoints,
            _ => null,
        };
        var (width, height) = PageSize;
        return points is null ? null : HeatLayer.Png(points, (int)Math.Ceiling(width), (int)Math.Ceiling(height));
    }
}
