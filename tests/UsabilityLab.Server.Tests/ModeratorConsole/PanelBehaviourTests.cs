using Microsoft.Playwright;

namespace UsabilityLab.Server.Tests.ModeratorConsole;

/// <summary>The task panel as a participant meets it: on top of the page without moving it, movable, foldable, and the same on every page and in popups.</summary>
[Collection(ModerationCollection.Name)]
public sealed class PanelBehaviourTests(ModerationFixture fixture)
{
    [Fact]
    public async Task Panel_DraggedAndCollapsed_KeepsPlaceAcrossNavigationAndPopups_WithoutMovingThePage()
    {
        await using var rig = await ModeratedRig.StartAsync(fixture);
        await rig.Moderator.ClickAsync("#next");
        await rig.Panel.WaitForTextAsync("Start task");
        var page = rig.Participant;

        // Layout: the same page without the panel (the moderator's browser) puts everything at the same place.
        var plain = await fixture.Moderator.NewContextAsync(new Core.Studies.ViewportSize(1280, 800));
        var reference = await plain.NewPageAsync();
        await reference.GotoAsync(page.Url);
        Assert.Equal(await LayoutAsync(reference), await LayoutAsync(page));
        await plain.CloseAsync();

        // Drag by the title bar to the top-left area.
        var head = (await rig.Panel.BoxAsync(".head"))!.Value;
        await page.Mouse.MoveAsync((float)(head.X + 40), (float)(head.Y + 10));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(140, 110, new() { Steps = 5 });
        await page.Mouse.UpAsync();
        var moved = (await rig.Panel.BoxAsync(".panel"))!.Value;
        Assert.InRange(moved.X, 90, 110);
        Assert.InRange(moved.Y, 90, 110);

        // Collapse: only the title bar stays.
        await rig.Panel.ClickAsync("▾");
        await WaitAsync(async () => !(await rig.Panel.TextAsync()).Contains("Start task", StringComparison.Ordinal));

        // A new page keeps place and state.
        await page.GotoAsync(new Uri(fixture.Site.BaseUrl, "help").ToString());
        await rig.Panel.WaitForTextAsync("Task 1 of 2");
        var afterNavigation = (await rig.Panel.BoxAsync(".panel"))!.Value;
        Assert.Equal((moved.X, moved.Y), (afterNavigation.X, afterNavigation.Y));
        Assert.DoesNotContain("Start task", await rig.Panel.TextAsync(), StringComparison.Ordinal);

        // So does a popup the site opens.
        var popupTask = page.Context.WaitForPageAsync();
        await page.EvaluateAsync("url => window.open(url, '_blank', 'popup')", new Uri(fixture.Site.BaseUrl, "cart").ToString());
        var popup = await popupTask;
        await popup.WaitForLoadStateAsync();
        var popupPanel = new PanelDriver(() => popup);
        await popupPanel.ClickAsync("▸");
        await popupPanel.WaitForTextAsync("Start task");
        Assert.Contains("Find the returns policy", await popupPanel.TextAsync(), StringComparison.Ordinal);
        Assert.True(await popup.EvaluateAsync<bool>("() => !!window.__usabilityLab"), "the recorder runs in the popup too");
    }

    private static Task<string> LayoutAsync(IPage page) => page.EvaluateAsync<string>(
        "() => JSON.stringify([document.documentElement.scrollWidth, document.documentElement.scrollHeight, ...[...document.body.children].map(e => { const r = e.getBoundingClientRect(); return [e.tagName, r.x, r.y, r.width, r.height]; })])");

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("condition never held");
    }
}
