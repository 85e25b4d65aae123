using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Reporting.Heatmaps;

namespace UsabilityLab.Reporting.Report;

/// <summary>A heatmap's page picture and the activity drawn over it, in document coordinates (CSS px).</summary>
/// <param name="Picture">The page's picture.</param>
/// <param name="Activity">Clicks of the pictured view, and mouse moves and scrolls on the page.</param>
/// <param name="Fold">The participants' screen height (CSS px): the bottom edge of what they saw without scrolling.</param>
public sealed record HeatmapSource(PageScreenshot Picture, PageActivity Activity, int Fold)
{
    /// <summary>The picture's size in CSS px: the document's size as far as it was pictured.</summary>
    public (double Width, double Height) PageSize => PageGeometry.CssSize(Picture);

    /// <summary>The picture's media type, read from its first bytes.</summary>
    public string PictureType => Picture.Image is [0xFF, 0xD8, ..] ? "image/jpeg" : "image/png";

    /// <summary>A layer of <paramref name="kind"/> (clicks, moves or scroll) as a transparent PNG of <see cref="PageSize"/>; null for another kind.</summary>
    public byte[]? Layer(string kind)
    {
        var (width, height) = ((int)Math.Ceiling(PageSize.Width), (int)Math.Ceiling(PageSize.Height));
        return kind switch
        {
            "clicks" => HeatLayer.Png(Activity.ClickPoints, width, height),
            "moves" => HeatLayer.Png(Activity.MovePoints, width, height),
            "scroll" => ScrollLayer.Png(ScrollDepth.Curve(ScrollDepth.DeepestPerSession(Activity, null, Fold), height), width, height, Fold),
            _ => null,
        };
    }
}
