using System.Net;
using UsabilityLab.DemoSite.Tests.Support;

namespace UsabilityLab.DemoSite.Tests.Endpoints;

[Collection(SiteCollection.Name)]
public sealed class CartEndpointsTests(SiteFixture site)
{
    [Fact]
    public async Task AddToCart_ShoeWithoutSize_ShowsValidationMessageAndAddsNothing()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.AddToCartAsync("trail-runner");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<p class=\"field-error\" role=\"alert\" id=\"size-error\">Please choose a size.</p>", page.Html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", HtmlQuery.StartTag(page.Html, "size"), StringComparison.Ordinal);
        Assert.Contains("<h1>Trail Runner</h1>", page.Html, StringComparison.Ordinal);
        Assert.Equal(0, page.CartCount);
    }

    [Fact]
    public async Task AddToCart_ShoeWithSize_RedirectsWithNoticeAndCartListsIt()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.AddToCartAsync("trail-runner", "42");

        Assert.Equal("/product/trail-runner?added=1", page.Url.PathAndQuery);
        Assert.Equal("Added to cart", HtmlQuery.Text(page.Html, "added-notice"));
        Assert.Contains("role=\"status\"", HtmlQuery.StartTag(page.Html, "added-notice"), StringComparison.Ordinal);
        Assert.Contains("<a class=\"notice-link\" href=\"/cart\">View cart</a>", page.Html, StringComparison.Ordinal);
        Assert.Equal(1, page.CartCount);

        var cart = await shopper.GetAsync("/cart");
        Assert.Contains("<h1>Your cart</h1>", cart.Html, StringComparison.Ordinal);
        Assert.Contains(">Trail Runner</a>", cart.Html, StringComparison.Ordinal);
        Assert.Contains("Size 42", cart.Html, StringComparison.Ordinal);
        Assert.Equal("$89.00", HtmlQuery.Text(cart.Html, "cart-total"));
        Assert.Equal(1, cart.CartCount);
    }

    [Fact]
    public async Task AddToCart_NonShoe_NeedsNoSizeAndSameItemIncreasesQuantity()
    {
        using var shopper = site.NewShopper();
        await shopper.AddToCartAsync("headlamp");
        var page = await shopper.AddToCartAsync("headlamp");

        Assert.Equal(2, page.CartCount);
        var cart = await shopper.GetAsync("/cart");
        Assert.Contains("Qty 2", cart.Html, StringComparison.Ordinal);
        Assert.Equal("$58.00", HtmlQuery.Text(cart.Html, "cart-total"));
    }

    [Fact]
    public async Task AddToCart_TwoShoppers_HaveSeparateCarts()
    {
        using var alice = site.NewShopper();
        using var bob = site.NewShopper();

        await alice.AddToCartAsync("storm-shell");
        var bobsCart = await bob.GetAsync("/cart");

        Assert.Equal(0, bobsCart.CartCount);
        Assert.Contains("Your cart is empty", bobsCart.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddToCart_UnknownProduct_Returns404()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.AddToCartAsync("no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task Cart_WithItems_HasCouponCheckoutAndEmptyCartControls()
    {
        using var shopper = site.NewShopper();
        await shopper.AddToCartAsync("trail-stove");
        var cart = await shopper.GetAsync("/cart");

        Assert.Contains("<input id=\"coupon\"", cart.Html, StringComparison.Ordinal);
        Assert.Contains("<button id=\"apply-coupon\" type=\"button\" class=\"btn btn-secondary\">Apply</button>", cart.Html, StringComparison.Ordinal);
        Assert.Contains("<a id=\"checkout\" class=\"btn btn-primary btn-block\" href=\"/checkout\">Checkout</a>", cart.Html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\" action=\"/cart/clear\"", cart.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"empty-cart\"", cart.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cart_Empty_SaysSo()
    {
        using var shopper = site.NewShopper();
        var cart = await shopper.GetAsync("/cart");

        Assert.Contains("Your cart is empty", cart.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"checkout\"", cart.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveLine_Posted_RemovesOnlyThatLine()
    {
        using var shopper = site.NewShopper();
        await shopper.AddToCartAsync("headlamp");
        await shopper.AddToCartAsync("trail-stove");

        var cart = await shopper.PostAsync("/cart/remove", ("line", "1"));

        Assert.Equal("/cart", cart.Url.AbsolutePath);
        Assert.DoesNotContain(">Headlamp</a>", cart.Html, StringComparison.Ordinal);
        Assert.Contains(">Trail Stove</a>", cart.Html, StringComparison.Ordinal);
        Assert.Equal(1, cart.CartCount);
    }

    [Fact]
    public async Task ClearCart_Posted_EmptiesTheCart()
    {
        using var shopper = site.NewShopper();
        await shopper.AddToCartAsync("sleeping-bag");

        var cart = await shopper.PostAsync("/cart/clear");

        Assert.Contains("Your cart is empty", cart.Html, StringComparison.Ordinal);
        Assert.Equal(0, cart.CartCount);
    }

    [Fact]
    public async Task CartAction_GetInsteadOfPost_RedirectsToCart()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.GetAsync("/cart/add");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("/cart", page.Url.AbsolutePath);
    }
}
