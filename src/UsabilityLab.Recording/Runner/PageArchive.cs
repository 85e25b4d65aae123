using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// A page as it stood, saved by Chromium as one MHTML archive (<c>Page.captureSnapshot</c>): its DOM with styles,
/// images and fonts inlined, scripts left out, and no typed values (form state is not part of the DOM it saves).
/// On the demo shop one costs 10–25 ms, where a full-page screenshot of the same page costs 250–550 ms: the
/// participant waits only for this, and <see cref="BackdropPainter"/> paints the backdrop from it later.
/// </summary>
/// <param name="Key">The page's key (<see cref="Core.Pages.PageKey"/>) and the viewport it was seen in.</param>
/// <param name="Viewport">The participant's viewport: the archive is painted at the same size, so it lays out the same.</param>
/// <param name="Browser">The browser the page was in: the archive is painted there, in a context of its own.</param>
/// <param name="Mhtml">The archive.</param>
internal sealed record PageArchive((string Page, int Width) Key, PageViewportSizeResult Viewport, IBrowser Browser, string Mhtml)
{
    /// <summary>Saves <paramref name="page"/> as it is now; throws <see cref="TimeoutException"/> after <paramref name="timeoutMs"/>.</summary>
    public static async Task<PageArchive> CaptureAsync(IPage page, (string Page, int Width) key, int timeoutMs)
    {
        var browser = page.Context.Browser ?? throw new PlaywrightException("the page has no browser to paint its backdrop in");
        var viewport = page.ViewportSize ?? throw new PlaywrightException("the page has no fixed viewport");
        var session = await page.Context.NewCDPSessionAsync(page);
        try
        {
            var reply = await session.SendAsync("Page.captureSnapshot", new Dictionary<string, object> { ["format"] = "mhtml" })
                .WaitAsync(TimeSpan.FromMilliseconds(timeoutMs));
            var mhtml = reply?.GetProperty("data").GetString() ?? throw new PlaywrightException("Page.captureSnapshot returned no archive");
            return new PageArchive(key, viewport, browser, mhtml);
        }
        finally
        {
            await session.DetachAsync();
        }
    }
}
