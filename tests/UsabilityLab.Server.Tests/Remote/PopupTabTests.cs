using Microsoft.Playwright;
using UsabilityLab.Core.Events;
using UsabilityLab.Server.Tests.ModeratorConsole;
using UsabilityLab.Server.Tests.Support;
using UsabilityLab.Storage;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>
/// A popup the website opens becomes a tab of the stream: the participant page shows a tab strip with each page's
/// title, the stream and the participant's input follow the tab shown, and the participant switches back and closes
/// the popup there. A popup to another origin is blocked and recorded like a top-level navigation, and its tab closes.
/// </summary>
[Collection(ModerationCollection.Name)]
public sealed class PopupTabTests(ModerationFixture fixture)
{
    [Fact]
    public async Task TargetBlankLink_ClickedThroughStream_ShownAsTabAndParticipantSwitchesBack()
    {
        await using var rig = await RemoteRig.StartAsync(fixture, openConsole: false);
        await rig.ConsentAsync();
        var shop = rig.LabPage;
        await shop.GotoAsync(new Uri(fixture.Site.BaseUrl, "product/trail-runner").ToString());
        await shop.ArriveAtAsync("/product/trail-runner");
        var tabs = rig.Participant.Locator("#tabs li");
        await Assertions.Expect(rig.Participant.Locator("#tabs")).ToBeHiddenAsync(); // one tab: no strip
        var productPicture = await rig.CanvasPictureAsync();

        var (x, y) = await rig.OnCanvasAsync(shop.Locator("#size-guide"));
        await rig.Participant.Mouse.ClickAsync(x, y);

        await Assertions.Expect(tabs).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        await Assertions.Expect(rig.Participant.Locator("#tabs")).ToBeVisibleAsync();
        await Assertions.Expect(tabs.Nth(0)).ToContainTextAsync("Trail Runner");
        await Assertions.Expect(tabs.Nth(1)).ToContainTextAsync("Size guide – Summit Outfitters");
        await Assertions.Expect(tabs.Nth(1).Locator("button.tab")).ToHaveAttributeAsync("aria-current", "page");
        var popup = rig.LabPage; // the page the stream and the input follow now
        Assert.NotSame(shop, popup);
        await popup.ArriveAtAsync("/size-guide");
        await rig.CanvasChangesFromAsync(productPicture); // the stream shows the popup
        var canvas = await rig.Participant.Locator("#screen").BoundingBoxAsync();
        var strip = await rig.Participant.Locator("#tabs").BoundingBoxAsync();
        Assert.True(canvas!.Y >= strip!.Y + strip.Height, "the tab strip is outside the stream, above it");

        // Back to the first tab: the stream and the input follow it.
        var popupPicture = await rig.CanvasPictureAsync();
        await tabs.Nth(0).Locator("button.tab").ClickAsync();
        await Assertions.Expect(tabs.Nth(0).Locator("button.tab")).ToHaveAttributeAsync("aria-current", "page");
        Assert.Same(shop, rig.LabPage);
        await rig.CanvasChangesFromAsync(popupPicture);
        (x, y) = await rig.OnCanvasAsync(shop.Locator("role=link[name='Help']"));
        await rig.Participant.Mouse.ClickAsync(x, y);
        await shop.ArriveAtAsync("/help");
        Assert.EndsWith("/size-guide", popup.Url, StringComparison.Ordinal); // the click went to the tab shown

        // The participant closes the popup: one tab again, no strip.
        await rig.Participant.GetByRole(AriaRole.Button, new() { Name = "Close tab: Size guide – Summit Outfitters" }).ClickAsync();
        await Assertions.Expect(rig.Participant.Locator("#tabs")).ToBeHiddenAsync();
        Assert.True(popup.IsClosed);

        // A popup to another origin: blocked, recorded as a navigation, and its tab goes away.
        var opened = shop.Context.WaitForPageAsync();
        await shop.EvaluateAsync("() => { window.open('https://example.com/elsewhere', '_blank'); }");
        var blocked = await opened;
        for (var waited = 0; !blocked.IsClosed && waited < 15_000; waited += 100)
        {
            await Task.Delay(100);
        }

        Assert.True(blocked.IsClosed, $"the blocked popup is still open at {blocked.Url}");
        Assert.Single(rig.Session.Remote!.Browser().Tabs);
        Assert.Same(shop, rig.LabPage);
        await Assertions.Expect(rig.Participant.Locator("#tabs")).ToBeHiddenAsync();

        await rig.Session.EndAsync();
        var data = await new RunReader(rig.Database).LoadAsync(rig.RunId);
        Assert.Contains(data.Events, e => e.Kind == EventKind.Click && e.Text == "Size guide");
        Assert.Contains(data.Events, e => e.Kind == EventKind.Click && e.Text == "Help");
        Assert.Contains(data.Events, e => e.Kind == EventKind.RequestFailed && e.Url == "https://example.com/elsewhere" && (e.Detail ?? "").StartsWith("blocked navigation", StringComparison.Ordinal));
    }
}
