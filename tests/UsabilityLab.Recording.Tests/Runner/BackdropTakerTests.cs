using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>
/// Heatmap backdrops: the participant's page is saved as an archive while the participant goes on, and painted when
/// a report needs it; the painted image must look like the page the participant saw, and painting must not reach out
/// to the target.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SnapshotTakerTests(BrowserFixture fixture)
{
    private const int TimeoutMs = 30_000;

    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    // What a participant did to the page that a fresh load of its URL would not show: a 300 px red band on top.
    private const string AddRedBand =
        "() => { const band = document.createElement('div'); band.style.cssText = 'height:300px;background:rgb(255,0,0)'; document.body.prepend(band); }";

    // Share of pixels whose colours differ by more than JPEG noise, both images decoded by the browser itself.
    private const string DifferentShare = """
        async ([a, b]) => {
          const load = async (src) => { const img = new Image(); img.src = src; await img.decode(); return img; };
          const [x, y] = [await load(a), await load(b)];
          if (x.naturalWidth !== y.naturalWidth || x.naturalHeight !== y.naturalHeight) return 1;
          const pixels = (img) => {
            const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
            const g = canvas.getContext('2d'); g.drawImage(img, 0, 0);
            return g.getImageData(0, 0, img.naturalWidth, img.naturalHeight).data;
          };
          const [p, q] = [pixels(x), pixels(y)];
          let different = 0;
          for (let i = 0; i < p.length; i += 4) {
            if (Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]) > 60) different++;
          }
          return different / (p.length / 4);
        }
        """;

    [Fact]
    public async Task Backdrop_PaintedFromTheArchive_LooksLikeThePageAsTheParticipantLeftIt()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Url("product/trail-runner").ToString());
        await page.EvaluateAsync(AddRedBand);
        var journal = new MemoryJournal();

        var taker = new BackdropTaker(journal, CapturePolicy.Default, TimeoutMs);
        await taker.CaptureIfNewAsync(page);
        await taker.SettleAsync();
        await journal.PaintArchivesAsync(fixture.Browser.Browser);

        var backdrop = Assert.Single(journal.Snapshots);
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        Assert.Equal(("/product/trail-runner", 1280, 1280, height), (backdrop.PageKey, backdrop.ViewportWidth, backdrop.Width, backdrop.Height));
        Assert.Contains("Trail Runner", backdrop.Title, StringComparison.Ordinal);
        Assert.Null(backdrop.Note); // the whole page, as seen
        var direct = await page.ScreenshotAsync(new() { FullPage = true, Type = ScreenshotType.Png });
        var different = await page.EvaluateAsync<double>(DifferentShare, new[]
        {
            "data:image/jpeg;base64," + Convert.ToBase64String(backdrop.Image),
            "data:image/png;base64," + Convert.ToBase64String(direct),
        });
        Assert.InRange(different, 0, 0.01); // the red band alone is over a fifth of the page
    }

    [Fact]
    public async Task Backdrop_PageReferencingAServer_PaintingFetchesNothing()
    {
        using var server = new CountingServer();
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Url("help").ToString());
        // Far below the viewport a lazy image is not fetched by the participant's page; the full-page paint shows it.
        // Chromium serves an archive's page nothing but the archive's own parts, and the painting context is offline too.
        await page.EvaluateAsync($$"""
            () => document.body.insertAdjacentHTML('beforeend',
              '<div style="height:6000px"></div><img loading="lazy" width="50" height="50" src="http://127.0.0.1:{{server.Port}}/pixel.png">')
            """);
        var journal = new MemoryJournal();

        var taker = new BackdropTaker(journal, CapturePolicy.Default, TimeoutMs);
        await taker.CaptureIfNewAsync(page);
        await taker.SettleAsync();
        await journal.PaintArchivesAsync(fixture.Browser.Browser);

        Assert.True(Assert.Single(journal.Snapshots).Height > 6000);
        Assert.Equal(0, server.Connections);
    }

    [Fact]
    public async Task CaptureIfNew_PageStillLoading_ArchiveHasTheImageThatCameLast()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var image = fixture.Url("late-photo.png").ToString();
        await page.RouteAsync(fixture.Url("late").ToString(), route => route.FulfillAsync(new()
        {
            ContentType = "text/html; charset=utf-8",
            Body = $"<!doctype html><title>Late</title><h1>Late photo</h1><img src=\"{image}\" width=\"40\" height=\"40\">",
        }));
        var photoAsked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var photoSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync(image, async route =>
        {
            photoAsked.TrySetResult();
            await photoSent.Task; // the server answers late: once the taker waits for the page's load
            await route.FulfillAsync(new() { ContentType = "image/png", BodyBytes = OnePixelPng });
        });
        // Where QA mode stands after a click that navigated: the new page has committed, its photo is still coming.
        await page.GotoAsync(fixture.Url("late").ToString(), new() { WaitUntil = WaitUntilState.Commit });
        await photoAsked.Task;
        var journal = new MemoryJournal();

        var clock = new WaitWatchingTime();
        var taker = new BackdropTaker(journal, CapturePolicy.Default, TimeoutMs, clock);
        var capturing = taker.CaptureIfNewAsync(page);
        // The photo comes once the taker waits for the load; one that did not wait would be done with the photo held back.
        var first = await Task.WhenAny(clock.WaitStarted, capturing).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(first == clock.WaitStarted, "the taker went on without waiting for the page's load");
        photoSent.SetResult();
        await capturing;
        await taker.SettleAsync();

        using var archive = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Assert.Single(journal.Archives).Mhtml));
        var parts = MimeKit.MimeMessage.Load(archive).BodyParts.Select(part => part.ContentLocation?.ToString());
        Assert.Contains(image, parts);
    }

    [Fact]
    public async Task CaptureIfNew_DocumentStillBeingReadAfterItsTime_KeepsItsFirstScreenWithANote()
    {
        // A document whose end never comes: the server sends its first screen and keeps the response open.
        await using var site = await LoopbackSite.StartAsync(new Dictionary<string, string>(), new Dictionary<string, RequestDelegate>
        {
            ["/endless"] = async context =>
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync("<!doctype html><title>Endless</title><h1>The first screen</h1>" + new string(' ', 4096));
                await context.Response.Body.FlushAsync();
                await LoopbackSite.NeverAnswers(context);
            },
        });
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("endless").ToString(), new() { WaitUntil = WaitUntilState.Commit });
        var journal = new MemoryJournal();

        var taker = new BackdropTaker(journal, CapturePolicy.Default, archiveTimeoutMs: 1_000);
        await taker.CaptureIfNewAsync(page);
        await taker.SettleAsync();

        Assert.Empty(journal.Archives);
        var backdrop = Assert.Single(journal.Snapshots);
        Assert.Equal(("/endless", 1280, 800, "Endless"), (backdrop.PageKey, backdrop.Width, backdrop.Height, backdrop.Title));
        Assert.Equal("only the first screen: the page was still loading after 1 s", backdrop.Note);
    }

    [Fact]
    public async Task CaptureIfNew_SamePageTwice_OneBackdrop()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Url("help?from=nav").ToString());
        var journal = new MemoryJournal();

        var taker = new BackdropTaker(journal, CapturePolicy.Default, TimeoutMs);
        await taker.CaptureIfNewAsync(page);
        await taker.SettleAsync();
        await page.GotoAsync(fixture.Url("help#returns").ToString());
        await taker.CaptureIfNewAsync(page);
        await taker.SettleAsync();

        Assert.Equal("/help", Assert.Single(journal.Archives).PageKey);
    }

    [Fact]
    public async Task Archive_FieldsTypedInto_HoldsNoTypedValue()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Url("help").ToString());
        await page.EvaluateAsync("""
            () => document.body.insertAdjacentHTML('afterbegin',
              '<input id="name"><input id="secret" type="password"><textarea id="note"></textarea>')
            """);
        await page.FillAsync("#name", "Typed-Name-4471");
        await page.FillAsync("#secret", "Pass-Word-9913");
        await page.FillAsync("#note", "Note-Text-2208");
        var journal = new MemoryJournal();

        var taker = new BackdropTaker(journal, CapturePolicy.Default, TimeoutMs);
        await taker.CaptureIfNewAsync(page);
        await taker.SettleAsync();

        var text = ArchiveText.Of(Assert.Single(journal.Archives).Mhtml);
        Assert.Contains("id=\"secret\"", text, StringComparison.Ordinal); // the fields themselves are in it
        Assert.DoesNotContain("Typed-Name-4471", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pass-Word-9913", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Note-Text-2208", text, StringComparison.Ordinal);
    }

    /// <summary>The system's clock, telling when code given it starts a timed wait (the taker's wait for a page's load).</summary>
    private sealed class WaitWatchingTime : TimeProvider
    {
        private readonly TaskCompletionSource _waitStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task WaitStarted => _waitStarted.Task;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            _waitStarted.TrySetResult();
            return base.CreateTimer(callback, state, dueTime, period);
        }
    }
}
