using System.Net;
using UsabilityLab.DemoSite.Tests.Support;

namespace UsabilityLab.DemoSite.Tests.Endpoints;

[Collection(SiteCollection.Name)]
public sealed class ShopEndpointsTests(SiteFixture site)
{
    [Fact]
    public async Task Home_Get_ListsFeaturedProductsAndPromo()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("text/html", page.ContentType);
        Assert.Contains("<title>Home – Summit Outfitters</title>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"promo\" class=\"promo\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("Winter sale: 20% off jackets", page.Html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"promo-close-glyph\" aria-hidden=\"true\">×</span>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<button id=\"promo-close\" type=\"button\" aria-label=\"Close promotion\">", page.Html, StringComparison.Ordinal);
        foreach (var (slug, name) in new[] { ("trail-runner", "Trail Runner"), ("storm-shell", "Storm Shell"), ("ultralight-tent", "Ultralight Tent") })
        {
            Assert.Contains($"<a href=\"/product/{slug}\">{name}</a>", page.Html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/category/jackets")]
    [InlineData("/product/storm-shell")]
    [InlineData("/cart")]
    public async Task ShopPages_Get_DoNotRevealTheReturnsPeriod(string path)
    {
        // "How many days do I have to return an item?" is a study task; only /help#returns may answer it.
        using var shopper = site.NewShopper();
        var page = await shopper.GetAsync(path);

        Assert.DoesNotContain("30 days", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Layout_AnyPage_HasNavSearchCartBadgeAndFooterLinks()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.GetAsync("/help");

        Assert.Contains("<a class=\"logo\" href=\"/\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("<span>Summit Outfitters</span></a>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/category/shoes\">Shoes</a>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/category/jackets\">Jackets</a>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/category/camping\">Camping</a>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/service\">Returns &amp; Service</a>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/help\" aria-current=\"page\">Help</a>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<form class=\"site-search\" role=\"search\" method=\"get\" action=\"/search\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("<input id=\"search\" name=\"q\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">Search</button>", page.Html, StringComparison.Ordinal);
        Assert.Equal(0, page.CartCount);
        Assert.Contains("<a href=\"/help#returns\">Returns policy</a>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/help#contact\">Contact</a>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"icon\" href=\"data:image/svg+xml,", page.Html, StringComparison.Ordinal);
        // No external assets: every src/href is site-relative, a fragment or a data: URL.
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", page.Html);
    }

    [Theory]
    [InlineData("shoes", "Shoes", new[] { "trail-runner", "peak-hiker", "road-racer", "city-walker" })]
    [InlineData("jackets", "Jackets", new[] { "storm-shell", "down-puffer", "rain-poncho" })]
    [InlineData("camping", "Camping", new[] { "ultralight-tent", "trail-stove", "sleeping-bag", "headlamp" })]
    public async Task Category_Get_ListsItsProductsWithPhotosOutsideLinks(string slug, string heading, string[] products)
    {
        using var shopper = site.NewShopper();
        var page = await shopper.GetAsync("/category/" + slug);

        Assert.Contains($"<title>{heading} – Summit Outfitters</title>", page.Html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{heading}</h1>", page.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"promo\"", page.Html, StringComparison.Ordinal);
        foreach (var product in products)
        {
            Assert.Contains($"<a href=\"/product/{product}\">", page.Html, StringComparison.Ordinal);
        }

        var photos = HtmlQuery.IndexesOf(page.Html, "<div class=\"card-photo\">");
        Assert.Equal(products.Length, photos.Count);
        Assert.All(photos, index => Assert.False(HtmlQuery.IsInsideLink(page.Html, index)));
    }

    [Fact]
    public async Task Category_Unknown_Returns404Page()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.GetAsync("/category/socks");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Page not found", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductPage_Shoe_HasInertPhotoSizeSelectAndSizeGuide()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.GetAsync("/product/trail-runner");

        Assert.Contains("<title>Trail Runner – Summit Outfitters</title>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<h1>Trail Runner</h1>", page.Html, StringComparison.Ordinal);
        Assert.Contains("$89.00", page.Html, StringComparison.Ordinal);

        var photo = HtmlQuery.StartTag(page.Html, "product-photo");
        Assert.Equal("<div id=\"product-photo\" class=\"product-photo\">", photo);
        Assert.False(HtmlQuery.IsInsideLink(page.Html, page.Html.IndexOf(photo, StringComparison.Ordinal)));

        Assert.Contains("<select id=\"size\" name=\"size\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"\">Choose size</option>", page.Html, StringComparison.Ordinal);
        for (var size = 38; size <= 46; size++)
        {
            Assert.Contains($"<option value=\"{size}\">{size}</option>", page.Html, StringComparison.Ordinal);
        }

        Assert.Contains("<a id=\"size-guide\" href=\"/size-guide\" target=\"_blank\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("<form class=\"buy-form\" method=\"post\" action=\"/cart/add\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("<button id=\"add-to-cart\" type=\"submit\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"added-notice\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductPage_NonShoe_HasNoSizeSelect()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.GetAsync("/product/storm-shell");

        Assert.Contains("<h1>Storm Shell</h1>", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"size\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"size-guide\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductPage_Unknown_Returns404Page()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.GetAsync("/product/flux-capacitor");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task SizeGuide_Get_ShowsSizeTable()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.GetAsync("/size-guide");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<title>Size guide – Summit Outfitters</title>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<td>42</td>", page.Html, StringComparison.Ordinal);
    }
}
