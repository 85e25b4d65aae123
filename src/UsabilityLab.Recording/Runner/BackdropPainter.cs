using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Playwright;
using UsabilityLab.Core.Files;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Paints heatmap backdrops from a run's page archives (<see cref="PageArchiver"/>) when a report or heatmap first
/// needs them. A full-page screenshot costs Chromium 250–550 ms of raster and readback per page; taken during the run
/// it held the participants up (in their page) or took their CPU (in the background, on two cores). Each archive is
/// opened at the viewport it was seen in, in a context of its own with scripts off and the network offline, so what
/// is painted is the page as the participant saw it and nothing is fetched again. Each painting has a time limit
/// and a picture is cut at <see cref="BackdropLimits.MaxPaintHeight"/> (with a note saying so).
/// </summary>
public static class BackdropPainter
{
    /// <summary>A backdrop is only ever seen under a heatmap: JPEG at this quality looks the same there and costs
    /// Chromium a fraction of a PNG's encoding time (and the database a fraction of the bytes).</summary>
    public const int JpegQuality = 80;

    /// <summary>
    /// Paints every archive (as many at once as there are cores, up to 4); returns those that could not be painted,
    /// with the reason. Throws <see cref="PlaywrightException"/> when the browser is gone, and what
    /// <paramref name="save"/> throws.
    /// </summary>
    /// <param name="browser">The Chromium to paint in (a context of its own is opened and closed).</param>
    /// <param name="archives">The pages to paint.</param>
    /// <param name="save">Stores one painted backdrop.</param>
    /// <param name="timeoutMs">Longest time one archive's painting may take, from opening it to its picture: a page
    /// that takes longer (too large or too slow to lay out) is given up, with that reason.</param>
    /// <param name="time">The clock each painting's time limit runs on; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="cancellationToken">Stops painting further archives.</param>
    public static async Task<IReadOnlyList<(PageArchive Archive, string Reason)>> PaintAsync(
        IBrowser browser,
        IReadOnlyList<PageArchive> archives,
        Func<PageArchive, PageScreenshot, Task> save,
        int timeoutMs,
        TimeProvider? time = null,
        CancellationToken cancellationToken = default)
    {
        time ??= TimeProvider.System;
        var failures = new ConcurrentQueue<(PageArchive, string)>();
        if (archives.Count == 0)
        {
            return [];
        }

        // Chromium opens an MHTML archive only from a file (served over HTTP it would be a download); the folder is
        // the user's own (0700) and goes when the painting is done.
        var folder = Directory.CreateTempSubdirectory("usabilitylab-backdrops-");
        IBrowserContext? context = null;
        try
        {
            context = await browser.NewContextAsync(new() { JavaScriptEnabled = false, Offline = true });
            var canvases = new ConcurrentBag<IPage>();
            var lanes = new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(Environment.ProcessorCount, 1, 4), CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(archives, lanes, async (archive, _) =>
            {
                var started = time.GetTimestamp();
                try
                {
                    var canvas = canvases.TryTake(out var free) && !free.IsClosed ? free : await context.NewPageAsync();
                    var painted = await PaintOneAsync(canvas, archive, folder, timeoutMs, time);
                    canvases.Add(canvas); // a canvas that failed (crashed, stuck) is not used again
                    await save(archive, painted);
                    RunnerMetrics.RecordBackdropPaint(time, started);
                }
                catch (Exception ex) when (ex is PlaywrightException or TimeoutException or IOException or FormatException)
                {
                    failures.Enqueue((archive, ex.Message.Split('\n', 2)[0]));
                }
            });
        }
        finally
        {
            try
            {
                await (context?.CloseAsync() ?? Task.CompletedTask);
            }
            catch (PlaywrightException)
            {
                // The browser is gone, and the context with it.
            }

            folder.Delete(recursive: true);
        }

        return [.. failures];
    }

    /// <summary>
    /// Paints one archive within <paramref name="timeoutMs"/> in all; when that runs out, the canvas is closed (Chromium
    /// stops laying the page out) and the reason says so.
    /// </summary>
    private static async Task<PageScreenshot> PaintOneAsync(IPage canvas, PageArchive archive, DirectoryInfo folder, int timeoutMs, TimeProvider time)
    {
        var deadline = new Deadline(timeoutMs, time);
        var file = Path.Combine(folder.FullName, $"{Guid.NewGuid():N}.mhtml");
        await File.WriteAllTextAsync(file, archive.Mhtml);
        try
        {
            await deadline.WithinAsync(canvas.SetViewportSizeAsync(archive.ViewportWidth, archive.ViewportHeight));
            await deadline.WithinAsync(canvas.GotoAsync(new Uri(file).AbsoluteUri, new() { Timeout = deadline.LeftMs }));
            var (image, title, note) = await FullPageCapture.TakeAsync(canvas, JpegQuality, deadline);
            var (width, height) = ImageSize.Read(image);
            return new PageScreenshot(archive.PageKey, archive.ViewportWidth, width, height, title, image, note) { State = archive.State };
        }
        catch (TimeoutException)
        {
            canvas.CloseAsync().Forget();
            throw new TimeoutException(string.Create(
                CultureInfo.InvariantCulture,
                $"painting took longer than its limit of {timeoutMs / 1000.0:0.###} s (a {archive.Mhtml.Length / 1e6:0.0} MB archive): the page is too large or too slow to lay out"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
