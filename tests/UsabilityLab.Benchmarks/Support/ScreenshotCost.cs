using System.Diagnostics;
using Microsoft.Playwright;
using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Browser;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>Measures what one full-page PNG screenshot (the lab's heatmap backdrop) costs on the study's pages.</summary>
internal static class ScreenshotCost
{
    public static async Task<double> MedianFullPageAsync(BenchContext context, Study study)
    {
        await using var browser = await LabBrowser.LaunchAsync(context.Browser);
        await using var browserContext = await browser.NewContextAsync(study.Viewport);
        var page = await browserContext.NewPageAsync();
        var times = new List<double>();
        foreach (var path in study.Tasks.SelectMany(t => t.OptimalPath.Prepend(t.Start)).Distinct(StringComparer.Ordinal))
        {
            try
            {
                await page.GotoAsync(study.Resolve(path).ToString());
            }
            catch (PlaywrightException)
            {
                continue; // an optimal-path entry that is not a page of its own (e.g. /order without an id)
            }

            var clock = Stopwatch.StartNew();
            await page.ScreenshotAsync(new() { FullPage = true, Type = ScreenshotType.Png, Animations = ScreenshotAnimations.Disabled });
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times.Count == 0 ? 0 : Summary.Of(times).Median;
    }
}
