using UsabilityLab.Core.Pages;

namespace UsabilityLab.Core.Tests.Pages;

public sealed class PageKeyTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000/cart?x=1#top", false, "/cart")]
    [InlineData("http://127.0.0.1:5000/cart?x=1#top", true, "/cart?x=1")]
    [InlineData("http://shop.test/shoes/", false, "/shoes")]
    [InlineData("http://shop.test/", false, "/")]
    [InlineData("not a url?q=1#f", false, "not a url")]
    [InlineData("", false, "")]
    public void Normalize_AskedTwice_SameKeyEachTime(string url, bool keepQuery, string expected)
    {
        Assert.Equal(expected, PageKey.Normalize(url, keepQuery));
        Assert.Equal(expected, PageKey.Normalize(url, keepQuery));
    }

    [Fact]
    public void Normalize_MoreUrlsThanRemembered_EachKeyStillRight()
    {
        // Twice over many distinct URLs, alternating with and without the query: remembered answers never mix.
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < 10_000; i++)
            {
                Assert.Equal($"/p{i}", PageKey.Normalize($"http://shop.test/p{i}?q={i}"));
                Assert.Equal($"/p{i}?q={i}", PageKey.Normalize($"http://shop.test/p{i}?q={i}", keepQuery: true));
            }
        }
    }
}
