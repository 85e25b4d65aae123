using SkiaSharp;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Reporting.Heatmaps;
using UsabilityLab.Reporting.Tests.Report;

namespace UsabilityLab.Reporting.Tests.Heatmaps;

public class ScrollMapRendererTests
{
    [Fact]
    public void Render_HalfStoppedAtTheFold_TintsTheTwoBandsDifferently()
    {
        var snapshot = new PageScreenshot("/long", 1280, 1280, 2000, "Long", ReportEscapingTests.WhitePng(1280, 2000));
        var curve = ScrollDepth.Curve([800, 800, 2000, 2000], 2000);

        var image = ScrollMapRenderer.Render(snapshot, curve, 800, new HeatmapOptions());

        using var bitmap = SKBitmap.Decode(image.Bytes);
        var (x, yTop) = image.ToPixel(640, 400);
        var (_, yBottom) = image.ToPixel(640, 1500);
        var top = bitmap.GetPixel((int)x, (int)yTop);
        var bottom = bitmap.GetPixel((int)x, (int)yBottom);
        Assert.NotEqual(SKColors.White, top);
        Assert.NotEqual(top, bottom);
    }

    [Fact]
    public void Render_ClickHeatmapWithoutClicks_IsTheBareScreenshot()
    {
        var snapshot = new PageScreenshot("/p", 1280, 1280, 900, "P", ReportEscapingTests.WhitePng(1280, 900));

        var image = ClickHeatmapRenderer.Render(snapshot, [], [], HeatmapKind.Click, new HeatmapOptions());

        using var bitmap = SKBitmap.Decode(image.Bytes);
        var (x, y) = image.ToPixel(640, 450);
        Assert.Equal(SKColors.White, bitmap.GetPixel((int)x, (int)y));
    }
}
