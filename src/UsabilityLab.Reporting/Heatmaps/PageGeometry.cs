using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Reporting.Heatmaps;

/// <summary>
/// A screenshot's page in CSS px. The screenshot may be taken at a device pixel ratio ≠ 1; page coordinates (clicks,
/// crops) are CSS px, and the viewport width tells the two apart.
/// </summary>
internal static class PageGeometry
{
    /// <summary>Screenshot pixels per CSS px (1 when the viewport width is unknown).</summary>
    public static double DevicePixelRatio(PageScreenshot snapshot) =>
        snapshot.ViewportWidth > 0 ? (double)snapshot.Width / snapshot.ViewportWidth : 1;

    /// <summary>The page's width and height in CSS px.</summary>
    public static (double Width, double Height) CssSize(PageScreenshot snapshot)
    {
        var ratio = DevicePixelRatio(snapshot);
        return (snapshot.Width / ratio, snapshot.Height / ratio);
    }
}
