using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;
using UsabilityLab.Core.Pages;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Recording.Runner;

/// <summary>Takes one full-page screenshot per distinct page and viewport width per run (heatmap backdrops).</summary>
internal sealed class SnapshotTaker(IRunJournal journal, bool keepQuery, int timeoutMs)
{
    /// <summary>A backdrop is only ever seen under a heatmap: JPEG at this quality looks the same there and costs
    /// Chromium a fraction of a PNG's encoding time (and the database a fraction of the bytes).</summary>
    internal const int JpegQuality = 80;

    private readonly ConcurrentDictionary<(string Page, int Width), bool> _taken = new();

    public async Task CaptureIfNewAsync(IPage page, CancellationToken cancellationToken)
    {
        var width = page.ViewportSize?.Width ?? 0;
        var key = PageKey.Normalize(page.Url, keepQuery);
        if (key.Length == 0 || !page.Url.StartsWith("http", StringComparison.Ordinal) || !_taken.TryAdd((key, width), true))
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            // A backdrop may take longer than an action (long pages): give it the navigation budget.
            var (image, title) = await FullPageCapture.TakeAsync(page, JpegQuality, timeoutMs);
            RunnerMetrics.RecordBackdrop(started);
            var (imageWidth, imageHeight) = ImageSize.Read(image);
            await journal.SaveSnapshotAsync(new PageSnapshot(key, width, imageWidth, imageHeight, title, image), cancellationToken);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            _taken.TryRemove((key, width), out _); // the page moved on or was too slow; try again on the next visit
        }
    }
}
