using System.Net;
using UsabilityLab.DemoSite.Tests.Support;

namespace UsabilityLab.DemoSite.Tests.Endpoints;

[Collection(SiteCollection.Name)]
public sealed class AssetEndpointsTests(SiteFixture site)
{
    [Fact]
    public async Task Health_Get_ReturnsOk()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("ok", page.Html);
    }

    [Fact]
    public async Task SiteScript_Get_ServesTrapHandlersAsJavaScript()
    {
        using var shopper = site.NewShopper();
        var script = await shopper.GetAsync("/assets/site.js");

        Assert.Equal("text/javascript", script.ContentType);
        Assert.Contains("promo-close", script.Html, StringComparison.Ordinal);
        Assert.Contains("sessionStorage", script.Html, StringComparison.Ordinal);
        Assert.Contains("apply-coupon", script.Html, StringComparison.Ordinal);
        Assert.Contains("confirm('Remove all items?')", script.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stylesheet_Get_KeepsPhotosAndGlyphOnDefaultCursor()
    {
        using var shopper = site.NewShopper();
        var css = await shopper.GetAsync("/assets/site.css");

        Assert.Equal("text/css", css.ContentType);
        // The recorder treats cursor:pointer as "interactive"; the dead-click targets must not get it.
        Assert.Contains(".card-photo, .card-photo *, .product-photo, .product-photo * { cursor: default; }", css.Html, StringComparison.Ordinal);
        Assert.Contains("cursor: default; user-select: none;", css.Html, StringComparison.Ordinal);
        Assert.Contains("width: 8px; height: 8px;", css.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Favicon_Get_IsServedSoBrowsersNeverSee404()
    {
        using var shopper = site.NewShopper();
        var icon = await shopper.GetAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.OK, icon.Status);
        Assert.Equal("image/svg+xml", icon.ContentType);
    }
}
