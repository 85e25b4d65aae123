using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ChromiumStartupTests(BrowserFixture fixture)
{
    [Fact]
    public async Task LaunchedChromium_LoadsNoAddressBarPopups_OnlyThePagesWeOpen()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Site.BaseUrl.ToString());

        var session = await fixture.Browser.Browser.NewBrowserCDPSessionAsync();
        var reply = await session.SendAsync("Target.getTargets");
        var urls = reply!.Value.GetProperty("targetInfos").EnumerateArray().Select(t => t.GetProperty("url").GetString() ?? "").ToList();
        await session.DetachAsync();

        Assert.Contains(urls, url => url.StartsWith(fixture.Site.BaseUrl.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(urls, url => url.StartsWith("chrome://", StringComparison.Ordinal));
    }
}
