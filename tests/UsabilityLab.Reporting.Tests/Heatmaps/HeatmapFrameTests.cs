using SkiaSharp;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Signals;
using UsabilityLab.Reporting.Heatmaps;
using UsabilityLab.Reporting.Tests.Report;

namespace UsabilityLab.Reporting.Tests.Heatmaps;

/// <summary>The heatmap's frame — colour bar, its label, the signal legend — is drawn whole inside the image.</summary>
public class HeatmapFrameTests
{
    [Theory]
    [InlineData(1280, 3)]
    [InlineData(1920, 400)] // a wide page and three-digit colour-bar ticks: the widest frame the report draws
    public void Render_ColourBarAndLegend_NothingTouchesTheImageEdges(int pageWidth, int clicksOnOneSpot)
    {
        var snapshot = new PageScreenshot("/p", pageWidth, pageWidth, 1200, "Page", ReportEscapingTests.WhitePng(pageWidth, 1200));
        var points = Enumerable.Range(0, clicksOnOneSpot).Select(i => new HeatPoint(pageWidth - 30, 200 + (i % 3))).ToArray();
        var click = new RecordedEvent { Kind = EventKind.Click, X = pageWidth - 30, Y = 200 };
        Signal[] signals =
        [
            new(SignalKind.RageClick, "http://x.test/p", "#a", null, 0, pageWidth - 30, 200, [click]),
            new(SignalKind.DeadClick, "http://x.test/p", "#a", null, 0, 100, 300, [click]),
            new(SignalKind.ErrorClick, "http://x.test/p", "#a", null, 0, 200, 400, [click]),
        ];
        // The report's options: a band of the page, zoomed down, as JPEG there (PNG here, for exact pixels).
        var options = new HeatmapOptions { CropTop = 0, CropHeight = 900, Zoom = 0.62 };

        var image = ClickHeatmapRenderer.Render(snapshot, points, signals, HeatmapKind.Click, options);

        using var bitmap = SKBitmap.Decode(image.Bytes);
        var ink = new List<string>();
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var edge = x < 3 || y < 3 || x >= bitmap.Width - 3 || y >= bitmap.Height - 3;
                var c = bitmap.GetPixel(x, y);
                if (edge && Math.Min(c.Red, Math.Min(c.Green, c.Blue)) < 240)
                {
                    ink.Add($"({x}, {y})");
                }
            }
        }

        Assert.True(ink.Count == 0, $"ink at the image edge (something drawn past it is cut): {string.Join(", ", ink.Take(10))}");
    }
}
