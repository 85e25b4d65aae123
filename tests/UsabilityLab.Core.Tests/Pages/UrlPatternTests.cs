using UsabilityLab.Core.Pages;

namespace UsabilityLab.Core.Tests.Pages;

/// <summary>The one URL matcher, as docs/study-format.md#url-patterns describes it.</summary>
public sealed class UrlPatternTests
{
    private static readonly Uri Target = new("http://127.0.0.1:5000/");

    [Theory]
    [InlineData("/cart*", "http://127.0.0.1:5000/cart", true)]
    [InlineData("/cart*", "http://127.0.0.1:5000/cart/?coupon=1#top", true)]
    [InlineData("/cart", "http://127.0.0.1:5000/cart/", true)]
    [InlineData("/order/*", "http://127.0.0.1:5000/order/17", true)]
    [InlineData("/order/*", "http://127.0.0.1:5000/orders", false)]
    [InlineData("/", "http://127.0.0.1:5000/", true)]
    [InlineData("/", "http://127.0.0.1:5000/#/completed", true)]
    [InlineData("*#/completed", "http://127.0.0.1:5000/#/completed", true)]
    [InlineData("*#/completed", "http://127.0.0.1:5000/index.html?x=1#/completed", true)]
    [InlineData("*#/completed", "http://127.0.0.1:5000/", false)]
    [InlineData("/#/", "http://127.0.0.1:5000/#/", true)]
    [InlineData("/search?q=*", "http://127.0.0.1:5000/search?q=tent", true)]
    [InlineData("/search?q=*", "http://127.0.0.1:5000/search", false)]
    [InlineData("http://127.0.0.1:5000/help*", "http://127.0.0.1:5000/help?x", true)]
    public void IsMatch_Glob_SeesThePartsItWrites(string pattern, string url, bool matches) =>
        Assert.Equal(matches, UrlPattern.IsMatch(pattern, url, Target));

    [Theory]
    [InlineData(@"/^\/$/", "http://127.0.0.1:5000/", true)]
    [InlineData(@"/^\/$/", "http://127.0.0.1:5000/cart", false)]
    [InlineData(@"/#\/settings$/", "http://127.0.0.1:5000/app#/settings", true)]
    [InlineData(@"/^\/order\/[0-9]+$/", "http://127.0.0.1:5000/order/42", true)]
    [InlineData(@"/example\.org/", "https://example.org/landing", true)]
    public void IsMatch_Regex_SeesTheUrlRelativeToTheTarget(string pattern, string url, bool matches) =>
        Assert.Equal(matches, UrlPattern.IsMatch(pattern, url, Target));

    [Theory]
    [InlineData("cart*")]
    [InlineData("#/completed")]
    [InlineData(@"/^http/")]
    public void NeverMatches_PatternThatCannotMatchAnyPage_SaysWhyAndHowToWriteIt(string pattern) =>
        Assert.NotNull(UrlPattern.NeverMatches(pattern));

    [Theory]
    [InlineData("/cart*")]
    [InlineData("*#/completed")]
    [InlineData(@"/^\/$/")]
    [InlineData("http://shop/cart")]
    public void NeverMatches_PatternThatCanMatch_IsNull(string pattern) =>
        Assert.Null(UrlPattern.NeverMatches(pattern));
}
