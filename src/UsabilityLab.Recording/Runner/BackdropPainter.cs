using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Playwright;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Paints heatmap backdrops from <see cref="PageArchive"/>s off the participants' path: one page per browser, in a
/// context of its own with scripts off and the network offline, opens each archive and takes its full-page JPEG
/// while the participants go on. A full-page screenshot costs Chromium 250–550 ms of raster and readback per page;
/// taken in the participant's page it held every run up by that much per distinct page. The raster work is the same
/// either way: on two busy cores the painter takes it from the run (measured: no faster end to end), where a core is
/// spare the participants no longer wait for it. <see cref="CompleteAsync"/> paints what is still queued before the
/// run ends.
/// </summary>
internal sealed class BackdropPainter
{
    private readonly IRunJournal _journal;
    private readonly int _quality;
    private readonly int _timeoutMs;
    private readonly Action<(string Page, int Width)> _failed;
    private readonly Channel<PageArchive> _queue = Channel.CreateUnbounded<PageArchive>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<IBrowser, IPage> _canvases = [];
    private readonly Lazy<DirectoryInfo> _folder = new(() => Directory.CreateTempSubdirectory("usabilitylab-backdrops-"));
    private readonly Task _worker;

    /// <param name="journal">Where the painted backdrops are stored.</param>
    /// <param name="quality">JPEG quality.</param>
    /// <param name="timeoutMs">Longest wait for an archive to open and for its screenshot.</param>
    /// <param name="failed">Told which page got no backdrop (its browser died, the archive would not open), so a later visit can try again.</param>
    public BackdropPainter(IRunJournal journal, int quality, int timeoutMs, Action<(string Page, int Width)> failed)
    {
        _journal = journal;
        _quality = quality;
        _timeoutMs = timeoutMs;
        _failed = failed;
        _worker = Task.Run(WorkAsync);
    }

    public void Enqueue(PageArchive archive)
    {
        if (!_queue.Writer.TryWrite(archive))
        {
            _failed(archive.Key); // the run is ending
        }
    }

    /// <summary>Paints what is queued, then closes the painting pages and deletes the archives' folder.</summary>
    public async Task CompleteAsync()
    {
        _queue.Writer.TryComplete();
        await _worker;
        foreach (var canvas in _canvases.Values)
        {
            try
            {
                await canvas.Context.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // Its browser is gone already.
            }
        }

        if (_folder.IsValueCreated)
        {
            _folder.Value.Delete(recursive: true);
        }
    }

    private async Task WorkAsync()
    {
        await foreach (var archive in _queue.Reader.ReadAllAsync())
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await PaintAsync(archive);
                RunnerMetrics.RecordBackdropPaint(started);
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException or IOException)
            {
                _failed(archive.Key);
            }
        }
    }

    private async Task PaintAsync(PageArchive archive)
    {
        var canvas = await CanvasAsync(archive);
        // Chromium opens an MHTML archive only from a file (served over HTTP it would be a download); the folder is
        // the user's own (0700) and each archive is deleted as soon as it is painted.
        var file = Path.Combine(_folder.Value.FullName, $"{Guid.NewGuid():N}.mhtml");
        await File.WriteAllTextAsync(file, archive.Mhtml);
        try
        {
            await canvas.GotoAsync(new Uri(file).AbsoluteUri, new() { Timeout = _timeoutMs });
            var (image, title) = await FullPageCapture.TakeAsync(canvas, _quality, _timeoutMs);
            var (imageWidth, imageHeight) = ImageSize.Read(image);
            await _journal.SaveSnapshotAsync(new PageSnapshot(archive.Key.Page, archive.Key.Width, imageWidth, imageHeight, title, image), CancellationToken.None);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<IPage> CanvasAsync(PageArchive archive)
    {
        if (!archive.Browser.IsConnected)
        {
            throw new PlaywrightException("the browser that saved the page has gone");
        }

        if (!_canvases.TryGetValue(archive.Browser, out var canvas) || canvas.IsClosed)
        {
            var context = await archive.Browser.NewContextAsync(new()
            {
                ViewportSize = new() { Width = archive.Viewport.Width, Height = archive.Viewport.Height },
                JavaScriptEnabled = false,
                Offline = true,
            });
            _canvases[archive.Browser] = canvas = await context.NewPageAsync();
        }
        else if (canvas.ViewportSize is not { } size || size.Width != archive.Viewport.Width || size.Height != archive.Viewport.Height)
        {
            await canvas.SetViewportSizeAsync(archive.Viewport.Width, archive.Viewport.Height);
        }

        return canvas;
    }
}
