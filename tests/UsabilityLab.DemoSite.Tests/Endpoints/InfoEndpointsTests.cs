using System.Net;
using UsabilityLab.DemoSite.Tests.Support;

namespace UsabilityLab.DemoSite.Tests.Endpoints;

[Collection(SiteCollection.Name)]
public sealed class InfoEndpointsTests(SiteFixture site)
{
    [Fact]
    public async Task Service_Get_IsTheWorkshopWithNoReturnsInformation()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.GetAsync("/service");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Gear workshop", page.Main, StringComparison.Ordinal);
        Assert.Contains("Ski or snowboard hot wax", page.Main, StringComparison.Ordinal);
        Assert.DoesNotContain("return", page.Main, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("refund", page.Main, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("30 days", page.Main, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Help_Get_HasReturnsPolicyShippingAndContactForm()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.GetAsync("/help");

        Assert.Contains("<title>Help &amp; contact – Summit Outfitters</title>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"returns\" class=\"panel\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("<h2>Returns policy</h2>", page.Html, StringComparison.Ordinal);
        Assert.Contains("You can return any unused item within 30 days for a full refund", page.Html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"shipping\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"contact\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("action=\"/help/contact#contact\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("type=\"email\"", HtmlQuery.StartTag(page.Html, "contact-email"), StringComparison.Ordinal);
        Assert.Contains("<textarea id=\"contact-message\"", page.Html, StringComparison.Ordinal);
        Assert.Contains(">Send message</button>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpContact_Invalid_ShowsErrorsAndKeepsValues()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.PostAsync("/help/contact", ("email", "not-an-email"), ("message", ""));

        Assert.Contains("id=\"contact-email-error\">Enter a valid email address, like name@example.com.</p>", page.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"contact-message-error\">Write a message.</p>", page.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"not-an-email\"", HtmlQuery.StartTag(page.Html, "contact-email"), StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", HtmlQuery.StartTag(page.Html, "contact-message"), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"contact-sent\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpContact_Valid_RedirectsToThankYouNotice()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.PostAsync("/help/contact", ("email", "hiker@example.com"), ("message", "Do you rent tents?"));

        Assert.Equal("/help?sent=1", page.Url.PathAndQuery);
        Assert.Equal("Thanks, we will reply within one business day", HtmlQuery.Text(page.Html, "contact-sent"));
    }

    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/returns")]
    public async Task UnknownUrl_Get_ReturnsStyled404(string path)
    {
        using var shopper = site.NewShopper();
        var page = await shopper.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("text/html", page.ContentType);
        Assert.Contains("<title>Page not found – Summit Outfitters</title>", page.Html, StringComparison.Ordinal);
        Assert.Contains("/assets/site.css", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownUrl_Post_Returns404()
    {
        using var shopper = site.NewShopper();
        var page = await shopper.PostAsync("/no/such/form", ("a", "b"));

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }
}
