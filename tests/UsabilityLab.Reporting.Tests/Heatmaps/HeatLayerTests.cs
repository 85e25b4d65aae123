using SkiaSharp;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Reporting.Heatmaps;

namespace UsabilityLab.Reporting.Tests.Heatmaps;

public class HeatLayerTests
{
    [Fact]
    public void Png_ClusterOfClicks_TransparentAwayAndMostOpaqueOnTheCluster()
    {
        HeatPoint[] points = [.. Enumerable.Repeat(new HeatPoint(300, 200), 5), new HeatPoint(100, 500)];

        var png = HeatLayer.Png(points, 400, 700);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((400, 700), (bitmap.Width, bitmap.Height));
        Assert.Equal(0, bitmap.GetPixel(20, 20).Alpha);
        var hottest = bitmap.GetPixel(300, 200);
        Assert.Equal((byte)Math.Round(255 * 0.75), hottest.Alpha);
        Assert.True(bitmap.GetPixel(100, 500).Alpha < hottest.Alpha);
    }

    [Fact]
    public void Palette_Levels_TransparentAtZeroAndTurboAtTheTop()
    {
        var palette = HeatPalette.For(0.5).Pixels;
        var top = new ScottPlot.Colormaps.Turbo().GetColor(1);

        Assert.Equal(0u, palette[0]);
        Assert.Equal(128u, palette[^1] >> 24);
        Assert.Equal(Math.Round(top.R * 0.5), palette[^1] & 0xff);
        Assert.Equal(Math.Round(top.B * 0.5), (palette[^1] >> 16) & 0xff);
    }

    [Theory]
    [InlineData(1.0, 0, null)]
    [InlineData(0.62, 900, 700.0)]
    [InlineData(0.5, 40, 1000.0)]
    public void VisibleDensity_CroppedBand_EqualsTheSameRowsOfTheWholePage(double zoom, double cropTop, double? cropHeight)
    {
        var random = new Random(3);
        // Mid-cell positions: binning at the band's origin and at the page's cannot round a point into different cells.
        var points = Enumerable.Range(0, 400).Select(_ => new HeatPoint((random.Next((int)(1280 * zoom)) + 0.5) / zoom, (random.Next((int)(2600 * zoom)) + 0.5) / zoom)).ToArray();
        var snapshot = new Core.Sessions.PageScreenshot("/p", 1280, 1280, 2600, "P", Report.ReportEscapingTests.WhitePng(1280, 2600));
        using var canvas = new HeatmapCanvas(snapshot, new HeatmapOptions { Zoom = zoom, CropTop = cropTop, CropHeight = cropHeight });
        var whole = DensityMap.Compute(points, canvas.DataWidth, (int)Math.Round(2600 * zoom), DensityMap.DefaultSigma, zoom);

        var band = VisibleDensity.Compute(points, canvas, DensityMap.DefaultSigma)!;

        var firstWholeRow = (int)Math.Round(cropTop * zoom);
        for (var y = 0; y < canvas.DataHeight; y += 7)
        {
            for (var x = 0; x < canvas.DataWidth; x += 5)
            {
                Assert.Equal(whole[x, firstWholeRow + y], band.Grid[x, band.FirstRow + y], 1e-5);
            }
        }
    }

    [Fact]
    public void Render_JpegScreenshot_DrawsOverIt()
    {
        using var surface = SKSurface.Create(new SKImageInfo(640, 480));
        surface.Canvas.Clear(new SKColor(30, 60, 200));
        using var jpeg = surface.Snapshot().Encode(SKEncodedImageFormat.Jpeg, 90);
        var snapshot = new Core.Sessions.PageScreenshot("/j", 640, 640, 480, "J", jpeg.ToArray());

        var image = ClickHeatmapRenderer.Render(snapshot, [new HeatPoint(320, 240)], [], HeatmapKind.Click, new HeatmapOptions());

        using var bitmap = SKBitmap.Decode(image.Bytes);
        var (cornerX, cornerY) = image.ToPixel(10, 10);
        var corner = bitmap.GetPixel((int)cornerX, (int)cornerY);
        Assert.InRange(corner.Blue, 180, 220);
        var (x, y) = image.ToPixel(320, 240);
        Assert.NotEqual(corner, bitmap.GetPixel((int)x, (int)y));
    }
}
