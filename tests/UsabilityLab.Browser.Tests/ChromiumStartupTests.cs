using UsabilityLab.Browser.Tests.Support;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ChromiumStartupTests(BrowserFixture fixture)
{
    [Fact]
    public async Task LaunchedChromium_LoadsNoAddressBarPopups_OnlyThePagesWeOpen()
    {
        await using var site = await LoopbackSite.StartAsync(new Dictionary<string, string> { ["/"] = "<!DOCTYPE html><title>Start</title><p>start</p>" });
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl.ToString());

        var session = await fixture.Browser.Browser.NewBrowserCDPSessionAsync();
        var reply = await session.SendAsync("Target.getTargets");
        var urls = reply!.Value.GetProperty("targetInfos").EnumerateArray().Select(t => t.GetProperty("url").GetString() ?? "").ToList();
        await session.DetachAsync();

        Assert.Contains(urls, url => url.StartsWith(site.BaseUrl.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(urls, url => url.StartsWith("chrome://", StringComparison.Ordinal));
    }
}
