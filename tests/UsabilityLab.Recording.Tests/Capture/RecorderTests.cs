using Microsoft.Playwright;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Signals;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Capture;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.Capture;

[Collection(BrowserCollection.Name)]
public sealed class RecorderTests(BrowserFixture fixture)
{
    /// <summary>A recorded page; <paramref name="Clock"/> is the session's participant time, which a test moves on for
    /// the time a person takes (looking, pausing) instead of sleeping, as the runner does.</summary>
    private sealed record Recording(IBrowserContext Context, IPage Page, SessionRecorder Recorder, MemoryJournal Journal, ParticipantClock Clock) : IAsyncDisposable
    {
        public async Task<IReadOnlyList<RecordedEvent>> EventsAsync()
        {
            await Recorder.DrainAllAsync(Context);
            return [.. Journal.Events.OrderBy(e => e.TimeMs)];
        }

        public ValueTask DisposeAsync() => Context.DisposeAsync();
    }

    private async Task<Recording> StartAsync(CapturePolicy? policy = null)
    {
        var journal = new MemoryJournal();
        var clock = new ParticipantClock();
        var context = await fixture.Browser.NewContextAsync();
        var recorder = new SessionRecorder(journal, sessionId: 1, clock, policy ?? CapturePolicy.Default) { AttemptId = 7 };
        await recorder.AttachAsync(context);
        return new Recording(context, await context.NewPageAsync(), recorder, journal, clock);
    }

    private async Task AddShoeToCartAsync(IPage page)
    {
        await page.GotoAsync(fixture.Url("product/trail-runner").ToString());
        await page.SelectOptionAsync("#size", "42");
        await page.ClickAsync("#add-to-cart");
        await page.ArriveAtAsync("/product/trail-runner?added=1");
    }

    [Fact]
    public async Task Click_OnFakeLinkPhoto_StoredWithSelectorNonInteractiveAndDocumentCoordinates()
    {
        await using var rec = await StartAsync();
        await rec.Page.GotoAsync(fixture.Url("product/trail-runner").ToString());
        await rec.Page.EvaluateAsync("() => window.scrollTo(0, 120)");
        var box = (await rec.Page.Locator("#product-photo").BoundingBoxAsync())!;
        var (vx, vy) = (box.X + 40, box.Y + 50);

        await rec.Page.Mouse.ClickAsync(vx, vy);

        var click = Assert.Single(await rec.EventsAsync(), e => e.Kind == EventKind.Click);
        Assert.Equal("#product-photo", click.Selector);
        Assert.False(click.Interactive);
        Assert.Equal(7, click.AttemptId);
        var scrollY = await rec.Page.EvaluateAsync<double>("() => scrollY");
        Assert.Equal(vx, click.X!.Value, 2.0);
        Assert.Equal(vy + scrollY, click.Y!.Value, 2.0);
        Assert.Equal(box.X, click.BoxX!.Value, 2.0);
        Assert.Equal(box.Y + scrollY, click.BoxY!.Value, 2.0);
        Assert.InRange(click.Y!.Value, click.BoxY!.Value, click.BoxY!.Value + click.BoxHeight!.Value);
    }

    [Fact]
    public async Task Click_OnPromoCloseThatHidesTheBanner_KeepsTheBoxItWasClickedIn()
    {
        await using var rec = await StartAsync();
        await rec.Page.GotoAsync(fixture.Url("").ToString());
        var box = (await rec.Page.Locator("#promo-close").BoundingBoxAsync())!;

        await rec.Page.Mouse.ClickAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await rec.Page.Locator("#promo").WaitForAsync(new() { State = WaitForSelectorState.Hidden });

        // The banner is hidden by the page's own handler before the recorder seals the batch and measures boxes.
        var click = Assert.Single(await rec.EventsAsync(), e => e.Kind == EventKind.Click);
        Assert.Equal("#promo-close", click.Selector);
        Assert.Equal(box.X, click.BoxX!.Value, 2.0);
        Assert.Equal(box.Y, click.BoxY!.Value, 2.0);
        Assert.Equal(box.Width, click.BoxWidth!.Value, 2.0);
        Assert.InRange(click.X!.Value, click.BoxX!.Value, click.BoxX!.Value + click.BoxWidth!.Value);
    }

    [Fact]
    public async Task CouponApply_JsErrorStored_AndTiedToTheClickBeforeIt()
    {
        await using var rec = await StartAsync();
        await AddShoeToCartAsync(rec.Page);
        await rec.Page.GotoAsync(fixture.Url("cart").ToString());
        await rec.Page.FillAsync("#coupon", "WINTER20");
        var thrown = rec.Recorder.NextAsync(e => e.Kind == EventKind.PageError, "page error");

        await rec.Page.ClickAsync("#apply-coupon");
        await thrown;

        var events = await rec.EventsAsync();
        var error = Assert.Single(events, e => e.Kind == EventKind.PageError);
        Assert.Contains("promotions", error.Detail, StringComparison.Ordinal);
        var signal = Assert.Single(ErrorClicks.Detect(events));
        Assert.Equal("#apply-coupon", signal.Selector);
        Assert.Contains(error, signal.Evidence);
    }

    [Fact]
    public async Task ConfirmDialog_IsAnsweredAndRecorded_RunDoesNotHang()
    {
        await using var rec = await StartAsync();
        await AddShoeToCartAsync(rec.Page);
        await rec.Page.GotoAsync(fixture.Url("cart").ToString());

        await rec.Page.ClickAsync("#empty-cart");
        await rec.Page.GetByText("Your cart is empty").WaitForAsync(new() { Timeout = 5_000 });

        var dialog = Assert.Single(await rec.EventsAsync(), e => e.Kind == EventKind.Dialog);
        Assert.StartsWith("confirm: ", dialog.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypedValues_AreMaskedByDefault_AndPasswordsAlways()
    {
        await using var rec = await StartAsync(new CapturePolicy(["#search", "#password"], false, []));
        await rec.Page.GotoAsync(fixture.Url("checkout").ToString());
        await rec.Page.FillAsync("#name", "Alex Secretname");
        await rec.Page.FillAsync("#password", "hunter2-secret");
        await rec.Page.FillAsync("#search", "tent");
        await rec.Page.Locator("#search").BlurAsync();

        // No wait for the typing bursts to end (300 ms in the page): the drain ends those still open, as at a task's end.
        var events = await rec.EventsAsync();
        var everything = string.Join('\n', events.Select(e => $"{e.Text}|{e.Detail}|{e.Selector}"));
        Assert.DoesNotContain("Secretname", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", everything, StringComparison.Ordinal);
        Assert.Contains(events, e => e.Kind == EventKind.Change && e.Selector == "#name" && e.Value == 15);
        Assert.Contains(events, e => e.Kind == EventKind.Change && e.Selector == "#search" && e.Text == "tent");
    }

    [Fact]
    public async Task DemoSiteTraps_RecordedSession_YieldRageDeadErrorAndQuickBackSignals()
    {
        await using var rec = await StartAsync();
        var page = rec.Page;
        await page.GotoAsync(fixture.Site.BaseUrl.ToString());

        // Rage: the big "×" glyph is not the (8 px) close button. The person pauses 150 ms between clicks.
        var glyph = (await page.Locator(".promo-close-glyph").BoundingBoxAsync())!;
        for (var i = 0; i < 4; i++)
        {
            await page.Mouse.ClickAsync(glyph.X + 6 + i, glyph.Y + glyph.Height - 5);
            rec.Clock.Advance(150);
        }

        // Quick back: the misleading "Returns & Service" label, read for 800 ms.
        await page.GetByRole(AriaRole.Link, new() { Name = "Returns & Service" }).ClickAsync();
        await page.ArriveAtAsync("/service");
        rec.Clock.Advance(800);
        await page.GoBackAsync();

        // Dead: the product photo (no handler, and the shop runs no timers), looked at for 1.7 s: past the 1.5 s window.
        // Not Playwright's clock: it fakes Event.timeStamp too, which the recorder stamps clicks with.
        await page.GotoAsync(fixture.Url("product/road-racer").ToString());
        await page.Locator("#product-photo").ClickAsync();
        rec.Clock.Advance(1_700);

        // Error: the coupon button.
        await AddShoeToCartAsync(page);
        await page.GotoAsync(fixture.Url("cart").ToString());
        var thrown = rec.Recorder.NextAsync(e => e.Kind == EventKind.PageError, "page error");
        await page.ClickAsync("#apply-coupon");
        await thrown;

        var all = await rec.EventsAsync();
        var signals = SignalDetector.DetectAll(all);
        var timeline = string.Join("\n", all.Where(e => e.Kind != EventKind.MouseMove).Select(e => $"{e.TimeMs:0} {e.Kind} {e.Selector} {e.Url} {e.Value}"));
        Assert.Contains(signals, s => s.Kind == SignalKind.RageClick && s.Selector!.Contains("promo", StringComparison.Ordinal));
        Assert.Contains(signals, s => s.Kind == SignalKind.QuickBack && s.Url!.EndsWith("/service", StringComparison.Ordinal));
        Assert.True(signals.Any(s => s.Kind == SignalKind.DeadClick && s.Selector == "#product-photo"), timeline);
        Assert.Contains(signals, s => s.Kind == SignalKind.ErrorClick && s.Selector == "#apply-coupon");
        Assert.DoesNotContain(signals, s => s.Kind == SignalKind.ErrorClick && s.Selector != "#apply-coupon");
    }

    [Fact]
    public async Task EventsBeforeANavigation_AreCarriedAcrossIt_NotLost()
    {
        await using var rec = await StartAsync();
        await rec.Page.GotoAsync(fixture.Site.BaseUrl.ToString());

        await rec.Page.GetByRole(AriaRole.Link, new() { Name = "Shoes" }).First.ClickAsync();
        await rec.Page.ArriveAtAsync("/category/shoes");

        var events = await rec.EventsAsync();
        var click = Assert.Single(events, e => e.Kind == EventKind.Click);
        Assert.Equal("role=link[name=\"Shoes\"]", click.Selector);
        Assert.True(click.Interactive);
        Assert.Equal(2, events.Count(e => e.Kind == EventKind.Navigation));
    }
}
