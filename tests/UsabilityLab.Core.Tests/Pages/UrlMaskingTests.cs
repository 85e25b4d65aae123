using UsabilityLab.Core.Pages;

namespace UsabilityLab.Core.Tests.Pages;

public sealed class UrlMaskingTests
{
    [Theory]
    [InlineData("http://shop/login?email=a%40b.c&password=Sw0rd", "http://shop/login?email=***&password=***")]
    [InlineData("http://shop/search?q=tent&page=2", "http://shop/search?q=tent&page=***")]
    [InlineData("http://shop/cart", "http://shop/cart")]
    [InlineData("http://shop/?", "http://shop/?")]
    [InlineData("http://shop/x?empty=&flag", "http://shop/x?empty=&***")]
    [InlineData("http://shop/#/completed", "http://shop/#/completed")]
    [InlineData("http://shop/#/search?term=boots", "http://shop/#/search?term=***")]
    [InlineData("http://app/cb#access_token=eyJ0&state=xyz", "http://app/cb#access_token=***&state=***")]
    [InlineData("http://alex:hunter2@shop/account", "http://alex:***@shop/account")]
    [InlineData("/relative?card=4111", "/relative?card=***")]
    public void Mask_QueryValues_MaskedUnlessTheirParameterIsKept(string url, string expected) =>
        Assert.Equal(expected, UrlMasking.Mask(url, ["q"]));

    [Fact]
    public void MaskUrlsIn_RequestLineAndErrorText_MasksEachUrl()
    {
        var text = "GET http://shop/api?token=abc 404; then https://cdn/x.js?v=1 failed";

        Assert.Equal("GET http://shop/api?token=*** 404; then https://cdn/x.js?v=*** failed", UrlMasking.MaskUrlsIn(text, []));
    }

    [Fact]
    public void Mask_NothingToMask_ReturnsTheSameString()
    {
        const string url = "http://shop/product/trail-runner";

        Assert.Same(url, UrlMasking.Mask(url, []));
    }
}
