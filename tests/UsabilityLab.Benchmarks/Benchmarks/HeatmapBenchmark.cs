using System.Diagnostics;
using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Benchmarks.Support;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Reporting.Heatmaps;

namespace UsabilityLab.Benchmarks.Benchmarks;

/// <summary>
/// Issues 5 and 7: click heatmaps of the same 100,000 and 1,000,000 points on a 1280×4000 page. Ours: density in Core
/// (three box blurs) and the rendered PNG over the page screenshot (Reporting, ScottPlot). heatmap.js: setData and
/// getDataURL (PNG) in headless Chromium, timed inside the page, with the radius matching our σ.
/// </summary>
internal sealed class HeatmapBenchmark : Benchmark
{
    private const int Radius = 30; // heatmap.js radius equivalent to σ = 12 px (see DensityMap.DefaultSigma)

    public override string Name => "heatmap";

    public override string Title => "Click heatmap of 100k and 1M points on 1280×4000: our density + render vs heatmap.js";

    public override string Issue => "#5";

    protected override async Task MeasureAsync(BenchContext context, BenchmarkResult result, CancellationToken ct)
    {
        var bundle = await context.Npm.HeatmapJsBundleAsync();
        var snapshot = new PageSnapshot("/bench", 1280, 1280, 4000, "Benchmark page", SyntheticScreenshot.Png(1280, 4000));
        var browser = await context.BrowserAsync();
        await using var browserContext = await browser.NewContextAsync(new ViewportSize(1280, 800));
        await BenchPages.ServeAsync(browserContext, BenchPages.Read("heatmapjs-page.html"));
        await browserContext.AddInitScriptAsync(bundle);
        var page = await browserContext.NewPageAsync();
        await page.GotoAsync(BenchPages.Origin);
        var run = BenchPages.Read("heatmapjs-run.js");

        foreach (var (size, label) in new[] { (100_000, "100k"), (1_000_000, "1M") })
        {
            var points = HeatmapPoints.Create(size);
            var heat = points.ToHeatPoints();
            await page.EvaluateAsync<int>(BenchPages.Read("heatmapjs-load.js"), points.ToBase64());
            var max = points.MaxPerPixel();
            // Quick mode compares at 100k only; at 1M it times our density, which has its own goal.
            var compare = !context.Quick || size == 100_000;
            var samples = await Sampler.InterleavedAsync(size == 100_000 ? context.Pick(0, 1) : 0, context.Pick(1, 5),
                compare
                    ?
                    [
                        ("density", () => Task.FromResult(Time(() => DensityMap.Compute(heat, 1280, 4000)))),
                        ("ours", () => Task.FromResult(Time(() => ClickHeatmapRenderer.Render(snapshot, heat, [], HeatmapKind.Click, new HeatmapOptions())))),
                        ("heatmap.js", async () => (await page.EvaluateAsync<double[]>(run, new { radius = Radius, max }))[0]),
                    ]
                    : [("density", () => Task.FromResult(Time(() => DensityMap.Compute(heat, 1280, 4000))))],
                context.Log, ct);

            var density = result.Add($"{label}: our density (Core)", "ms", samples["density"]);
            if (size == 1_000_000)
            {
                result.Goals.Add(Goal.Max("density of 1,000,000 clicks on a 1280×4000 grid", density.Value.Median, 300, "ms"));
            }

            if (!compare)
            {
                result.Goals.Add(Goal.Min($"ours ≥ 10× faster than heatmap.js, {label} points", double.NaN, 10, "×").Unless("quick mode compares at 100k only"));
                continue;
            }

            var ours = result.Add($"{label}: our density + render to PNG over the screenshot", "ms", samples["ours"]);
            result.Add($"{label}: heatmap.js setData + PNG in Chromium", "ms", samples["heatmap.js"]);
            var ratio = result.Add($"{label}: ratio heatmap.js / ours (density + render)", "×", Sampler.Ratios(samples["heatmap.js"], samples["ours"]));
            result.Add($"{label}: ratio heatmap.js / our density alone", "×", Sampler.Ratios(samples["heatmap.js"], samples["density"]));
            result.Goals.Add(Goal.Min($"ours ≥ 10× faster than heatmap.js, {label} points", ratio.Value.Median, 10, "×"));
            if (ratio.Value.Median < 10 && !context.Quick)
            {
                Explain(result, label, snapshot, density.Value.Median, ours.Value.Median);
            }
        }

        result.Note($"heatmap.js {NpmPackages.HeatmapJsVersion}, radius {Radius} px, max = most clicks on one pixel; our σ = {DensityMap.DefaultSigma} px. Our render also draws the 1280×4000 screenshot, axes and colour bar; heatmap.js draws the heat layer only.");
    }

    /// <summary>Splits our time: density, the frame (screenshot decode and draw, axes, PNG encode: a render without points), and the heat layer.</summary>
    private static void Explain(BenchmarkResult result, string label, PageSnapshot snapshot, double density, double total)
    {
        var frames = Enumerable.Range(0, 3).Select(_ => Time(() => ClickHeatmapRenderer.Render(snapshot, [], [], HeatmapKind.Click, new HeatmapOptions()))).ToList();
        var frame = Summary.Of(frames).Median;
        var encode = Summary.Of(Enumerable.Range(0, 3).Select(_ => Time(() => SyntheticScreenshot.Png(1500, 4062))).ToList()).Median;
        result.Note($"What limits it at {label}: of our {total:0} ms, the density is {density:0} ms; a render of the same page without points costs {frame:0} ms (decode and draw the 1280×4000 screenshot, axes, encode a 1500×4062 PNG — drawing and PNG-encoding a blank page of that size alone takes {encode:0} ms here); the heat layer itself (downsample, colour map, alpha, compositing) the remaining {total - frame - density:0} ms. heatmap.js draws no backdrop and encodes only its heat layer.");
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }
}
