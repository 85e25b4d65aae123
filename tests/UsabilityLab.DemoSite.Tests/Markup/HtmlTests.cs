using UsabilityLab.DemoSite.Markup;

namespace UsabilityLab.DemoSite.Tests.Markup;

public sealed class HtmlTests
{
    [Fact]
    public void Of_StringHole_IsEncoded()
    {
        var query = "<img src=x onerror=\"alert('x')\"> & more";

        var html = Html.Of($"<p title=\"{query}\">{query}</p>").ToString();

        Assert.Equal("<p title=\"&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; more\">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; more</p>", html);
    }

    [Fact]
    public void Of_HtmlHole_IsNotEncodedTwice()
    {
        var inner = Html.Of($"<b>{"R&D"}</b>");

        Assert.Equal("<p><b>R&amp;D</b></p>", Html.Of($"<p>{inner}</p>").ToString());
    }

    [Fact]
    public void Of_ListOfHtml_IsConcatenated()
    {
        List<Html> items = [Html.Of($"<li>{"a<"}</li>"), Html.Of($"<li>{"b"}</li>")];

        Assert.Equal("<ul><li>a&lt;</li><li>b</li></ul>", Html.Of($"<ul>{items}</ul>").ToString());
    }

    [Fact]
    public void Of_NumbersAndNulls_UseInvariantCultureAndEmpty()
    {
        string? missing = null;

        Assert.Equal("1.5|42|", Html.Of($"{1.5m}|{42}|{missing}").ToString());
    }

    [Fact]
    public void When_False_IsEmpty() =>
        Assert.Equal(string.Empty, Html.When(false, Html.Trusted("<b>x</b>")).ToString());
}
