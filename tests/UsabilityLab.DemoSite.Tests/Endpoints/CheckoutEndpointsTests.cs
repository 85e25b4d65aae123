using System.Net;
using System.Text.RegularExpressions;
using UsabilityLab.DemoSite.Tests.Support;

namespace UsabilityLab.DemoSite.Tests.Endpoints;

[Collection(SiteCollection.Name)]
public sealed class CheckoutEndpointsTests(SiteFixture site)
{
    private const string Password = "Secret-Passw0rd!";
    private const string BadCard = "4111 2222 3333 444";

    [Fact]
    public async Task Checkout_Get_PutsPlaceOrderAfterSummaryDeliveryAndAllFields()
    {
        using var shopper = site.NewShopper();
        await shopper.AddToCartAsync("peak-hiker", "43");
        var page = await shopper.GetAsync("/checkout");

        Assert.Contains("<form id=\"checkout-form\" class=\"checkout\" method=\"post\" action=\"/checkout\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("type=\"email\"", HtmlQuery.StartTag(page.Html, "email"), StringComparison.Ordinal);
        Assert.Contains("inputmode=\"numeric\"", HtmlQuery.StartTag(page.Html, "card"), StringComparison.Ordinal);
        Assert.Contains("type=\"password\"", HtmlQuery.StartTag(page.Html, "password"), StringComparison.Ordinal);

        // Trap 2 (below the fold) comes from document order: summary and delivery options first, the button last.
        var order = new[] { "Your order", "Delivery options", "id=\"name\"", "id=\"email\"", "id=\"address\"", "id=\"city\"", "id=\"zip\"", "id=\"card\"", "id=\"password\"", "<button id=\"place-order\" type=\"submit\"" }
            .Select(s => page.Html.IndexOf(s, StringComparison.Ordinal)).ToArray();
        Assert.All(order, index => Assert.True(index >= 0));
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public async Task Checkout_InvalidInput_ShowsErrorsKeepsValuesAndNeverEchoesSecrets()
    {
        using var shopper = site.NewShopper();
        await shopper.AddToCartAsync("storm-shell");

        var page = await shopper.PostAsync("/checkout",
            ("name", "Ada Lovelace"), ("email", "ada-at-example.com"), ("address", ""), ("city", "Boulder"),
            ("zip", "80A02"), ("card", BadCard), ("password", Password), ("shipping", "express"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("/checkout", page.Url.AbsolutePath);
        Assert.Contains("<p class=\"field-error\" role=\"alert\" id=\"email-error\">Enter a valid email address, like name@example.com.</p>", page.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"address-error\">Enter your street address.</p>", page.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"zip-error\">ZIP code must be 5 digits.</p>", page.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"card-error\">Card number must be 16 digits.</p>", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"name-error\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"password-error\"", page.Html, StringComparison.Ordinal);

        Assert.Contains("aria-invalid=\"true\"", HtmlQuery.StartTag(page.Html, "email"), StringComparison.Ordinal);
        Assert.DoesNotContain("aria-invalid", HtmlQuery.StartTag(page.Html, "name"), StringComparison.Ordinal);
        Assert.Contains("value=\"Ada Lovelace\"", HtmlQuery.StartTag(page.Html, "name"), StringComparison.Ordinal);
        Assert.Contains("value=\"ada-at-example.com\"", HtmlQuery.StartTag(page.Html, "email"), StringComparison.Ordinal);
        Assert.Contains("value=\"Boulder\"", HtmlQuery.StartTag(page.Html, "city"), StringComparison.Ordinal);
        Assert.Contains("value=\"80A02\"", HtmlQuery.StartTag(page.Html, "zip"), StringComparison.Ordinal);
        Assert.Contains("value=\"express\" checked", page.Html, StringComparison.Ordinal);

        Assert.DoesNotContain(Password, page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(BadCard, page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=", HtmlQuery.StartTag(page.Html, "password"), StringComparison.Ordinal);
        Assert.DoesNotContain("value=", HtmlQuery.StartTag(page.Html, "card"), StringComparison.Ordinal);
        Assert.Equal(1, page.CartCount);
    }

    [Fact]
    public async Task Checkout_Valid_ConfirmsOrderNumberAndEmptiesCart()
    {
        using var shopper = site.NewShopper();
        await shopper.AddToCartAsync("city-walker", "40");
        await shopper.AddToCartAsync("headlamp");

        var page = await shopper.PostAsync("/checkout",
            ("name", "Grace Hopper"), ("email", "grace@example.com"), ("address", "1 Harbor St"), ("city", "Arlington"),
            ("zip", "22201"), ("card", "4111 1111 1111 1111"), ("password", Password), ("shipping", "standard"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Matches("^/order/SO-[0-9]{5}$", page.Url.AbsolutePath);
        Assert.Contains("<h1>Thank you for your order</h1>", page.Html, StringComparison.Ordinal);
        var number = HtmlQuery.Text(page.Html, "order-number");
        Assert.Matches(new Regex("^SO-[0-9]{5}$"), number);
        Assert.EndsWith(number, page.Url.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("$98.00", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("4111", page.Html, StringComparison.Ordinal);
        Assert.Equal(0, page.CartCount);

        var cart = await shopper.GetAsync("/cart");
        Assert.Contains("Your cart is empty", cart.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkout_EmptyCart_IsRejectedWithMessage()
    {
        using var shopper = site.NewShopper();

        var page = await shopper.PostAsync("/checkout",
            ("name", "Grace Hopper"), ("email", "grace@example.com"), ("address", "1 Harbor St"), ("city", "Arlington"),
            ("zip", "22201"), ("card", "4111111111111111"));

        Assert.Equal("/checkout", page.Url.AbsolutePath);
        Assert.Contains("Your cart is empty. Add something before placing an order.", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Order_UnknownNumber_Returns404()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.GetAsync("/order/SO-00000");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }
}
