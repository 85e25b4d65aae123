using Microsoft.Playwright;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>Painting a backdrop from an archive stays within its caps: a height, and a time for each archive.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BackdropPainterTests(BrowserFixture fixture)
{
    private const int TimeoutMs = 30_000;

    [Fact]
    public async Task PaintAsync_PageTallerThanTheCap_CutAtTheCapWithANote()
    {
        // Far beyond the cap (and beyond the 65,535 px a JPEG can hold), with the page's end marked.
        var archive = await ArchiveOfAsync("""<div style="height:100000px"></div><p id="end">end</p>""");
        var painted = new List<PageScreenshot>();

        var failures = await BackdropPainter.PaintAsync(fixture.Browser.Browser, [archive], (_, snapshot) => Add(painted, snapshot), TimeoutMs);

        Assert.Empty(failures);
        var backdrop = Assert.Single(painted);
        Assert.Equal((1280, BackdropLimits.MaxPaintHeight), (backdrop.Width, backdrop.Height));
        Assert.StartsWith($"cut at {BackdropLimits.MaxPaintHeight:N0} px: the page is 100,", backdrop.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PaintAsync_ArchiveOverItsTimeLimit_GivenUpWithTheReason()
    {
        var archive = await ArchiveOfAsync("<h1>Any page</h1>");
        var painted = new List<PageScreenshot>();

        // No archive opens and paints within a millisecond: the limit is what ends it.
        var failures = await BackdropPainter.PaintAsync(fixture.Browser.Browser, [archive], (_, snapshot) => Add(painted, snapshot), timeoutMs: 1);

        var (_, reason) = Assert.Single(failures);
        Assert.StartsWith("painting took longer than its limit of 0.001 s", reason, StringComparison.Ordinal);
        Assert.Contains("too large or too slow to lay out", reason, StringComparison.Ordinal);
        Assert.Empty(painted);
    }

    private static Task Add(List<PageScreenshot> painted, PageScreenshot snapshot)
    {
        lock (painted)
        {
            painted.Add(snapshot);
        }

        return Task.CompletedTask;
    }

    /// <summary>The archive Chromium saves of a page with <paramref name="body"/>, seen at 1280 × 800.</summary>
    private async Task<PageArchive> ArchiveOfAsync(string body)
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync($"<!doctype html><title>Page</title><body style=\"margin:0\">{body}</body>");
        var session = await context.NewCDPSessionAsync(page);
        var reply = await session.SendAsync("Page.captureSnapshot", new Dictionary<string, object> { ["format"] = "mhtml" });
        return new PageArchive("/page", 1280, 800, reply!.Value.GetProperty("data").GetString()!);
    }
}
