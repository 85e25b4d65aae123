using System.Threading.Channels;
using Microsoft.Playwright;
using UsabilityLab.Browser;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Files;
using UsabilityLab.Core.Pages;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Recording.Runner;

namespace UsabilityLab.Recording.Moderation;

/// <summary>
/// Heatmap backdrops for moderated sessions: one full-page screenshot per distinct page and viewport width (cut at
/// <see cref="BackdropLimits.MaxPaintHeight"/>). A
/// full-page capture resizes the page for a moment, which a real participant would see (and the recorder would log
/// as a resize), so it is taken in a separate headless browser. That browser has none of the participant's cookies:
/// it must never replay a request in their name (a GET to /logout would log them out), so a page that depends on the
/// participant's session shows as a new visitor would see it.
/// </summary>
internal sealed class BackdropCamera : IAsyncDisposable
{
    private readonly ModeratedSessionOptions _options;
    private readonly IRunJournal _journal;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _worker;
    private LabBrowser? _browser;

    public BackdropCamera(ModeratedSessionOptions options, IRunJournal journal)
    {
        _options = options;
        _journal = journal;
        _worker = Task.Run(WorkAsync);
    }

    /// <summary>Queues a page load's URL for a backdrop unless its page was captured already.</summary>
    public void Offer(RecordedEvent e)
    {
        if (e.Kind != EventKind.Navigation || e.Url is not { } url || !url.StartsWith("http", StringComparison.Ordinal))
        {
            return;
        }

        lock (_seen)
        {
            if (!_seen.Add(PageKey.Normalize(_options.Study.Capture.MaskUrl(url), _options.Study.Capture.KeepQuery)))
            {
                return;
            }
        }

        _queue.Writer.TryWrite(url);
    }

    private async Task WorkAsync()
    {
        await foreach (var url in _queue.Reader.ReadAllAsync())
        {
            try
            {
                await CaptureAsync(url);
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException or FormatException or Core.Errors.EnvironmentProblemException)
            {
                // No backdrop for this page; heatmaps fall back to a plain canvas. The session is unaffected.
            }
        }
    }

    private async Task CaptureAsync(string url)
    {
        _browser ??= await LabBrowser.LaunchAsync(_options.Browser, headless: true);
        var viewport = _options.Study.Viewport ?? _options.Browser.Viewport;
        await using var context = await _browser.NewContextAsync(viewport);
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await page.WaitForTimeoutAsync(300);
        // The same capped capture as a scripted run's backdrops: a very tall page is cut, with a note, and a page too
        // slow to capture is given up after the browser's navigation timeout.
        var (jpeg, title, note) = await FullPageCapture.TakeAsync(page, BackdropPainter.JpegQuality, new Deadline(_options.Browser.NavigationTimeoutMs));
        var (width, height) = ImageSize.Read(jpeg);
        var key = PageKey.Normalize(_options.Study.Capture.MaskUrl(url), _options.Study.Capture.KeepQuery);
        await _journal.SaveScreenshotAsync(new PageScreenshot(key, viewport.Width, width, height, title, jpeg, note), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _worker;
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
    }
}
