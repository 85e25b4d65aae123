using Microsoft.Playwright;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>
/// <see cref="PageEffects.MarkAtInput"/>: the recorder notes the mutation count when a click's pointerdown or a key
/// press's keydown arrives, and the settle compares with that note instead of a count read before the action.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageEffectsAtInputTests(BrowserFixture fixture)
{
    private const int NavigationTimeoutMs = 10_000;

    private const string AddLine = "() => document.body.append(document.createElement('p'))";

    private Task<(IBrowserContext Context, IPage Page, PageEffects Effects)> OpenAsync(string path) => EffectsPages.OpenAsync(fixture, path);

    private static async Task<bool> ActAsync(PageEffects effects, Func<Task> action)
    {
        var mark = effects.MarkAtInput();
        await action();
        return await effects.SettleAsync(mark, NavigationTimeoutMs);
    }

    [Fact]
    public async Task SettleAsync_ClickThatMutatesThePage_ReportsAChange()
    {
        var (context, page, effects) = await OpenAsync("");
        await using var _ = context;

        Assert.True(await ActAsync(effects, () => page.ClickAsync("#promo-close")));
        Assert.True(await page.Locator("#promo").IsHiddenAsync());
    }

    [Fact]
    public async Task SettleAsync_ClickThatNavigates_WaitsForTheNewPage()
    {
        var (context, page, effects) = await OpenAsync("");
        await using var _ = context;

        Assert.True(await ActAsync(effects, () => page.Locator("role=link[name='Help']").First.ClickAsync()));
        Assert.EndsWith("/help", page.Url, StringComparison.Ordinal);
        Assert.Equal("complete", await page.EvaluateAsync<string>("() => document.readyState"));
    }

    [Fact]
    public async Task SettleAsync_ClickWithoutEffect_ReportsNoChange()
    {
        var (context, page, effects) = await OpenAsync("product/trail-runner");
        await using var _ = context;

        Assert.False(await ActAsync(effects, () => page.ClickAsync("#product-photo")));
    }

    [Fact]
    public async Task SettleAsync_ChangeBeforeTheClicksInput_DoesNotCountAsItsEffect()
    {
        var (context, page, effects) = await OpenAsync("product/trail-runner");
        await using var _ = context;

        // The page changes after the mark but before the click arrives: the note is taken at the pointerdown.
        Assert.False(await ActAsync(effects, async () =>
        {
            await page.EvaluateAsync(AddLine);
            await page.ClickAsync("#product-photo");
        }));
    }

    [Fact]
    public async Task SettleAsync_KeyPressThatSubmitsASearch_WaitsForTheResults()
    {
        var (context, page, effects) = await OpenAsync("");
        await using var _ = context;
        await page.FillAsync("#search", "headlamp");

        Assert.True(await ActAsync(effects, () => page.PressAsync("#search", "Enter")));
        Assert.Contains("/search", page.Url, StringComparison.Ordinal);
        Assert.Equal("complete", await page.EvaluateAsync<string>("() => document.readyState"));
    }

    [Fact]
    public async Task SettleAsync_KeyPressWithoutEffect_ReportsNoChange()
    {
        var (context, page, effects) = await OpenAsync("");
        await using var _ = context;
        await page.FillAsync("#search", "headlamp");

        Assert.False(await ActAsync(effects, () => page.PressAsync("#search", "ArrowLeft")));
    }

    [Fact]
    public async Task SettleAsync_NoInputSinceTheLastSettle_DoesNotReuseItsNote()
    {
        var (context, page, effects) = await OpenAsync("product/trail-runner");
        await using var _ = context;
        Assert.False(await ActAsync(effects, () => page.ClickAsync("#product-photo")));

        // A script changes the page, with no input since the last settle: the photo click's note (taken before this
        // change) is used up, so the change is not taken for an effect.
        Assert.False(await ActAsync(effects, () => page.EvaluateAsync(AddLine)));
    }
}
