using SkiaSharp;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Reporting.Heatmaps;
using UsabilityLab.Reporting.Tests.Support;

namespace UsabilityLab.Reporting.Tests.Heatmaps;

[Collection(RecordedDemoRunCollection.Name)]
public class HeatmapPixelTests(RecordedDemoRun demo)
{
    [Fact]
    public void Render_EveryRecordedPage_HottestRegionLiesOnMostClickedElement()
    {
        var hottest = new List<(double X, double Y)>();
        var onTopElement = new List<string>();
        foreach (var page in PageActivityGrouping.Group(demo.Run.Events).Where(p => p.Clicks.Count >= 3))
        {
            var snapshot = demo.Run.Snapshots.FirstOrDefault(s => s.PageKey == page.Layout.PageKey && s.ViewportWidth == page.Layout.ViewportWidth);
            if (snapshot is null)
            {
                continue;
            }

            var options = new HeatmapOptions();
            var heat = ClickHeatmapRenderer.Render(snapshot, page.ClickPoints.ToArray(), [], HeatmapKind.Click, options);
            var backdrop = ClickHeatmapRenderer.Render(snapshot, [], [], HeatmapKind.Click, options);
            var (x, y) = HeatDecoder.Hottest(heat, backdrop, options.MaxOpacity, snapshot.Width, snapshot.Height);

            // The image shows what the density says: its hottest region is a density peak, not an edge or a fixed spot.
            var density = DensityMap.Compute(page.ClickPoints, snapshot.Width, snapshot.Height);
            // Several spots may tie (one click per form field); the decoded one must be among the hottest.
            Assert.True(
                density[(int)x, (int)y] >= 0.8 * density.Max,
                $"{page.Layout}: hottest pixel ({x:0}, {y:0}) has density {density[(int)x, (int)y]:0.00}, the peak {density.Peak} has {density.Max:0.00}");
            Assert.InRange(x, 4, snapshot.Width - 4);
            Assert.InRange(y, 4, snapshot.Height - 4);

            // Where one element got clearly the most clicks, in one cluster, the hot spot is on it. (A tie leaves the
            // peak to chance; clicks scattered over a large photo spread their density thin, as a heatmap should.)
            var top = TopElements.Compute(page.Clicks, []);
            if (top[0].Box is { } box && (top.Count == 1 || top[0].Clicks > top[1].Clicks) && Clustered(page.Clicks.Where(c => c.Selector == top[0].Selector)))
            {
                Assert.True(box.Contains(x, y, margin: DensityMap.DefaultSigma), $"{page.Layout}: hottest point ({x:0}, {y:0}) is not on {top[0].Selector} {box}");
                onTopElement.Add(page.Layout.PageKey);
            }

            hottest.Add((x, y));
        }

        Assert.NotEmpty(hottest);
        // The demo's home page always has a clear winner (the promo banner's close button and its glyph).
        Assert.Contains("/", onTopElement);
        if (hottest.Count > 1)
        {
            Assert.True(hottest.Distinct().Count() > 1, "every page's hottest point is at the same position");
        }
    }

    private static bool Clustered(IEnumerable<Core.Events.RecordedEvent> clicks)
    {
        var points = clicks.Select(c => (X: c.X!.Value, Y: c.Y!.Value)).ToArray();
        var (cx, cy) = (points.Average(p => p.X), points.Average(p => p.Y));
        return points.All(p => Math.Sqrt(((p.X - cx) * (p.X - cx)) + ((p.Y - cy) * (p.Y - cy))) <= 2 * DensityMap.DefaultSigma);
    }

    [Fact]
    public void Render_WithSignals_MarksThemAndKeepsThePageSize()
    {
        var page = PageActivityGrouping.Group(demo.Run.Events).First(p => p.Clicks.Count > 0 && demo.Run.Snapshots.Any(s => s.PageKey == p.Layout.PageKey));
        var snapshot = demo.Run.Snapshots.First(s => s.PageKey == page.Layout.PageKey && s.ViewportWidth == page.Layout.ViewportWidth);
        var signals = demo.Model.Analysis.Signals.Select(s => s.Signal).ToArray();

        var image = ClickHeatmapRenderer.Render(snapshot, page.ClickPoints.ToArray(), TopElements.On(page.Layout, signals), HeatmapKind.Click, new HeatmapOptions { Title = "t" });

        using var bitmap = SKBitmap.Decode(image.Bytes);
        Assert.Equal(image.Width, bitmap.Width);
        Assert.Equal(image.Height, bitmap.Height);
        Assert.True(image.Width > snapshot.Width && image.Height > snapshot.Height, "the page is drawn at 1 image px per CSS px plus axes");
    }
}
