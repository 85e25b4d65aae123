using System.Data.Common;
using Microsoft.Playwright;
using UsabilityLab.Browser;
using UsabilityLab.Core.Errors;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Storage;

namespace UsabilityLab.Application.Reports;

/// <summary>
/// A scripted run stores each page's archive, not its picture: painting took the participants' CPU. The first report
/// or heatmap of the run paints them (and keeps the pictures, dropping the archives), so CI runs that only check
/// gates never pay for it.
/// </summary>
public static class BackdropPainting
{
    /// <summary>Archives read and painted at a time: each holds a whole page, images inlined.</summary>
    private const int Batch = 8;

    /// <summary>
    /// Paints run <paramref name="runId"/>'s unpainted archives. Problems are told to <paramref name="notices"/> and leave
    /// those pages without a heatmap for now: their archives stay, and the next report or heatmap tries again.
    /// </summary>
    public static async Task PaintAsync(LabDatabase database, long runId, INotices? notices, BrowserConfig? config, CancellationToken ct)
    {
        var reader = new ScreenshotReader(database);
        var count = await reader.UnpaintedCountAsync(runId, ct);
        if (count == 0)
        {
            return;
        }

        notices?.Tell($"painting {count} page backdrop(s) of run {runId} from the pages it saved (once; they are kept)");
        try
        {
            config ??= BrowserConfigLoader.Load();
            await using var browser = await LabBrowser.LaunchAsync(config, headless: true);
            var writer = new RunWriter(database);
            var lastId = 0L;
            while (await reader.UnpaintedAsync(runId, lastId, Batch, ct) is { Count: > 0 } batch)
            {
                // A run has one row per page key, viewport width and view.
                var rowOf = batch.ToDictionary(u => (u.Archive.PageKey, u.Archive.ViewportWidth, u.Archive.State), u => u.Id);
                lastId = batch[^1].Id;
                var failures = await BackdropPainter.PaintAsync(
                    browser.Browser,
                    [.. batch.Select(u => u.Archive)],
                    (archive, painted) => writer.SavePaintedAsync(rowOf[(archive.PageKey, archive.ViewportWidth, archive.State)], painted, ct),
                    config.NavigationTimeoutMs,
                    cancellationToken: ct);
                foreach (var (archive, reason) in failures)
                {
                    notices?.Tell($"no backdrop for {archive.PageKey} at {archive.ViewportWidth} px yet: {reason}");
                }
            }

            // The archives held the pages' DOM: gone from the file (secure_delete), and now from the log too.
            await database.TruncateLogAsync(ct);
        }
        catch (Exception ex) when (ex is EnvironmentProblemException or InputException or PlaywrightException or DbException)
        {
            // The report's figures are still worth having; the heatmaps wait until the backdrops can be painted.
            notices?.Tell($"page backdrops not painted ({ex.Message.Split('\n', 2)[0]}); heatmaps need them: run the report again where Chromium can start");
        }
    }
}
