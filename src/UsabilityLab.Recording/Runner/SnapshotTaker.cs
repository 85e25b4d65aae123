using System.Buffers.Binary;
using System.Collections.Concurrent;
using Microsoft.Playwright;
using UsabilityLab.Core.Pages;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Recording.Runner;

/// <summary>Takes one full-page screenshot per distinct page and viewport width per run (heatmap backdrops).</summary>
internal sealed class SnapshotTaker(IRunJournal journal, bool keepQuery, int timeoutMs)
{
    private readonly ConcurrentDictionary<(string Page, int Width), bool> _taken = new();

    public async Task CaptureIfNewAsync(IPage page, CancellationToken cancellationToken)
    {
        var width = page.ViewportSize?.Width ?? 0;
        var key = PageKey.Normalize(page.Url, keepQuery);
        if (key.Length == 0 || !page.Url.StartsWith("http", StringComparison.Ordinal) || !_taken.TryAdd((key, width), true))
        {
            return;
        }

        try
        {
            // A backdrop may take longer than an action (long pages): give it the navigation budget.
            var png = await page.ScreenshotAsync(new() { FullPage = true, Type = ScreenshotType.Png, Animations = ScreenshotAnimations.Disabled, Timeout = timeoutMs });
            var title = await page.TitleAsync();
            await journal.SaveSnapshotAsync(new PageSnapshot(key, width, PngWidth(png), PngHeight(png), title, png), cancellationToken);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            _taken.TryRemove((key, width), out _); // the page moved on or was too slow; try again on the next visit
        }
    }

    // The IHDR chunk follows the 8-byte signature: width and height are big-endian at offsets 16 and 20.
    private static int PngWidth(byte[] png) => BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));

    private static int PngHeight(byte[] png) => BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
}
