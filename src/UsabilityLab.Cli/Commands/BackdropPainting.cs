using UsabilityLab.Core.Errors;
using UsabilityLab.Recording.Browser;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Storage;

namespace UsabilityLab.Cli.Commands;

/// <summary>
/// A scripted run stores each page's archive, not its picture: painting took the participants' CPU. The first report
/// or heatmap of the run paints them (and keeps the pictures), so CI runs that only check gates never pay for it.
/// </summary>
internal static class BackdropPainting
{
    /// <summary>Paints run <paramref name="runId"/>'s unpainted archives; problems are told to <paramref name="log"/> and leave the pages without a backdrop.</summary>
    public static async Task PaintAsync(LabDatabase database, long runId, TextWriter? log, BrowserConfig? config, CancellationToken ct)
    {
        var unpainted = await new SnapshotReader(database).UnpaintedAsync(runId, ct);
        if (unpainted.Count == 0)
        {
            return;
        }

        // A run has one row per page key and viewport width.
        var rowOf = unpainted.ToDictionary(u => (u.Archive.PageKey, u.Archive.ViewportWidth), u => u.Id);
        var writer = new RunWriter(database);
        config ??= BrowserConfigLoader.Load();
        log?.WriteLine($"lab: painting {unpainted.Count} page backdrop(s) of run {runId} from the pages it saved (once; they are kept)");
        try
        {
            await using var browser = await LabBrowser.LaunchAsync(config, headless: true);
            var failures = await BackdropPainter.PaintAsync(
                browser.Browser,
                [.. unpainted.Select(u => u.Archive)],
                (archive, painted) => writer.SavePaintedAsync(rowOf[(archive.PageKey, archive.ViewportWidth)], painted, ct),
                config.NavigationTimeoutMs,
                ct);
            foreach (var (archive, reason) in failures)
            {
                log?.WriteLine($"lab: no backdrop for {archive.PageKey} at {archive.ViewportWidth} px: {reason}");
            }
        }
        catch (EnvironmentProblemException ex)
        {
            // The report is still worth having: its heatmaps go without backdrops until Chromium is there to paint them.
            log?.WriteLine($"lab: page backdrops not painted: {ex.Message}");
        }
    }
}
