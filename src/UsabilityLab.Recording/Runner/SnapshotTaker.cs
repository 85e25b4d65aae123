using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;
using UsabilityLab.Core.Pages;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// One heatmap backdrop per distinct page and viewport width per run. The participant waits only while the page is
/// saved as an archive; <see cref="BackdropPainter"/> turns it into the full-page image in the background.
/// </summary>
internal sealed class SnapshotTaker
{
    /// <summary>A backdrop is only ever seen under a heatmap: JPEG at this quality looks the same there and costs
    /// Chromium a fraction of a PNG's encoding time (and the database a fraction of the bytes).</summary>
    internal const int JpegQuality = 80;

    private readonly ConcurrentDictionary<(string Page, int Width), bool> _taken = new();
    private readonly bool _keepQuery;
    private readonly int _archiveTimeoutMs;
    private readonly BackdropPainter _painter;

    /// <param name="journal">Where backdrops are stored.</param>
    /// <param name="keepQuery">Whether the query string tells pages apart (the study's capture setting).</param>
    /// <param name="archiveTimeoutMs">Longest wait in the participant's path for the page's archive (an action's budget:
    /// it normally takes 10–25 ms, so a longer one is stuck and the page gets its backdrop on a later visit).</param>
    /// <param name="paintTimeoutMs">Longest wait for painting one backdrop in the background (long pages take longer).</param>
    public SnapshotTaker(IRunJournal journal, bool keepQuery, int archiveTimeoutMs, int paintTimeoutMs)
    {
        _keepQuery = keepQuery;
        _archiveTimeoutMs = archiveTimeoutMs;
        _painter = new BackdropPainter(journal, JpegQuality, paintTimeoutMs, TryAgainLater);
    }

    public async Task CaptureIfNewAsync(IPage page)
    {
        (string Page, int Width) key = (PageKey.Normalize(page.Url, _keepQuery), page.ViewportSize?.Width ?? 0);
        if (key.Page.Length == 0 || !page.Url.StartsWith("http", StringComparison.Ordinal) || !_taken.TryAdd(key, true))
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            _painter.Enqueue(await PageArchive.CaptureAsync(page, key, _archiveTimeoutMs));
            RunnerMetrics.RecordBackdrop(started);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            TryAgainLater(key); // the page moved on or was too slow
        }
    }

    /// <summary>Paints the backdrops still queued; call before the run's browsers close.</summary>
    public Task CompleteAsync() => _painter.CompleteAsync();

    private void TryAgainLater((string Page, int Width) key) => _taken.TryRemove(key, out _);
}
