using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Reporting.Tests.Report;

public class ElementNamesTests
{
    [Theory]
    [InlineData("Apply", "role=button[name=\"Apply\"]", "button", "the “Apply” button")]
    [InlineData(null, "role=link[name=\"Shoes\"]", "a", "the “Shoes” link")]
    [InlineData("", "#search", "input", "the search box")]
    [InlineData("", "#product-photo", "div", "the product photo")]
    [InlineData("Place order", "#place-order", "button", "the “Place order” button")]
    [InlineData("×", "#promo .promo-close-glyph", "span", "“×”")]
    [InlineData("", "header.site-header > nav.main-nav > div.container", "div", "an unnamed element")]
    [InlineData("", "#ember-1234", "button", "an unnamed button")]
    public void Describe_RecordedElement_NamedTheWayAPersonWould(string? text, string selector, string tag, string expected) =>
        Assert.Equal(expected, ElementNames.Describe(text, selector, tag));

    [Fact]
    public void Describe_LongText_CutAtAWord()
    {
        var name = ElementNames.Describe("Sale Winter sale: 20% off jackets Use code WINTER20 in your cart", "#promo", "p");

        Assert.Equal("“Sale Winter sale: 20% off jackets…”", name);
    }
}
