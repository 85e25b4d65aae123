using Microsoft.Playwright;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>What <see cref="PageEffects.SettleAsync"/> reports and waits for, on the demo shop with the recorder attached.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageEffectsTests(BrowserFixture fixture)
{
    private const int NavigationTimeoutMs = 10_000;

    private Task<(IBrowserContext Context, IPage Page, PageEffects Effects)> OpenAsync(string path) => EffectsPages.OpenAsync(fixture, path);

    private static async Task<bool> ActAsync(PageEffects effects, Func<Task> action)
    {
        var mark = await effects.MarkAsync();
        await action();
        return await effects.SettleAsync(mark, NavigationTimeoutMs);
    }

    [Fact]
    public async Task SettleAsync_ClickThatClosesTheBanner_ReportsAChange()
    {
        var (context, page, effects) = await OpenAsync("");
        await using var _ = context;

        Assert.True(await ActAsync(effects, () => page.ClickAsync("#promo-close")));
    }

    [Fact]
    public async Task SettleAsync_ClickOnPhotoThatIsNotALink_ReportsNoChange()
    {
        var (context, page, effects) = await OpenAsync("product/trail-runner");
        await using var _ = context;

        Assert.False(await ActAsync(effects, () => page.ClickAsync("#product-photo")));
    }

    [Fact]
    public async Task SettleAsync_SearchOnASlowServer_WaitsUntilTheResultsHaveLoaded()
    {
        var (context, page, effects) = await OpenAsync("");
        await using var _ = context;
        await page.FillAsync("#search", "headlamp");

        var changed = await ActAsync(effects, () => page.PressAsync("#search", "Enter"));

        Assert.True(changed);
        Assert.Contains("/search", page.Url, StringComparison.Ordinal);
        Assert.Equal("complete", await page.EvaluateAsync<string>("() => document.readyState"));
    }

    [Fact]
    public async Task SettleAsync_HandlerThatChangesThePageThenNavigates_WaitsForTheNavigation()
    {
        var (context, page, effects) = await OpenAsync("");
        await using var _ = context;
        await page.EvaluateAsync("""
            () => {
              const button = document.createElement('button');
              button.id = 'send';
              button.textContent = 'Send';
              button.onclick = () => { button.textContent = 'Sending…'; setTimeout(() => { location.href = '/help'; }, 0); };
              document.body.prepend(button);
            }
            """);

        var changed = await ActAsync(effects, () => page.ClickAsync("#send"));

        Assert.True(changed);
        Assert.EndsWith("/help", page.Url, StringComparison.Ordinal);
    }
}
