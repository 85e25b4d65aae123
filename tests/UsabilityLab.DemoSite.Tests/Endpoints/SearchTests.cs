using UsabilityLab.DemoSite.Tests.Support;

namespace UsabilityLab.DemoSite.Tests.Endpoints;

[Collection(SiteCollection.Name)]
public sealed class SearchTests(SiteFixture site)
{
    [Fact]
    public async Task Search_WithQuery_WaitsTheConfiguredDelayFirst()
    {
        var clock = new DelayRecordingTime();
        await using var host = await DemoSiteHost.StartAsync(new DemoSiteOptions { SearchDelay = TimeSpan.FromSeconds(5), Time = clock });
        using var client = new HttpClient();

        var html = await client.GetStringAsync(new Uri(host.BaseUrl, "search?q=tent"));

        Assert.Contains("results for", html, StringComparison.Ordinal);
        Assert.Contains(TimeSpan.FromSeconds(5), clock.Delays);
    }

    [Fact]
    public async Task Search_CaseInsensitive_MatchesNameDescriptionAndCategory()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.GetAsync("/search?q=JACKET");

        Assert.Contains("3 results for “JACKET”", page.Html, StringComparison.Ordinal);
        Assert.Contains("/product/storm-shell", page.Html, StringComparison.Ordinal);
        Assert.Contains("/product/down-puffer", page.Html, StringComparison.Ordinal);
        Assert.Contains("/product/rain-poncho", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("/product/trail-runner", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_NoMatch_ShowsZeroResults()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.GetAsync("/search?q=kayak");

        Assert.Contains("0 results for “kayak”", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"card\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_EmptyQuery_ShowsHintInsteadOfResults()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.GetAsync("/search?q=+");

        Assert.DoesNotContain("results for", page.Html, StringComparison.Ordinal);
        Assert.Contains("Type what you are looking for", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ScriptInQuery_IsHtmlEncodedInSummaryAndSearchBox()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.GetAsync("/search?q=" + Uri.EscapeDataString("<script>alert(\"x\")</script>"));

        Assert.Contains("results for “&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;”", page.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page.Html, StringComparison.Ordinal);
    }
}
