using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class DemoSiteInBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task HomePage_InConfiguredChromium_RendersTitleAndProducts()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(fixture.Site.BaseUrl.ToString());

        Assert.Contains("Summit Outfitters", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.True(await page.GetByText("Trail Runner").First.IsVisibleAsync());
        Assert.Equal(1280, page.ViewportSize!.Width);
    }

    [Fact]
    public async Task ProductPhoto_LooksClickable_ButIsNoLinkNorControl()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Url("product/trail-runner").ToString());

        var photo = page.Locator("#product-photo");
        Assert.True(await photo.IsVisibleAsync());
        var facts = await photo.EvaluateAsync<string>(
            "el => [!!el.closest('a'), el.hasAttribute('onclick'), el.getAttribute('role'), el.getAttribute('tabindex'), getComputedStyle(el).cursor].join('|')");
        Assert.Equal("false|false|||auto", facts.Replace("|default", "|auto", StringComparison.Ordinal));

        var urlBefore = page.Url;
        await photo.ClickAsync();
        Assert.Equal(urlBefore, page.Url);
    }
}
