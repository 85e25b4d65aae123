using System.Text.RegularExpressions;

namespace UsabilityLab.DemoSite.Tests.Support;

/// <summary>
/// Just enough HTML inspection for these tests, without a parser package. The site's markup is ours and
/// regular (double-quoted attributes, no nested anchors), which keeps these helpers honest.
/// </summary>
public static partial class HtmlQuery
{
    /// <summary>The opening tag of the element with this id, e.g. <c>&lt;select id="size" ...&gt;</c>.</summary>
    public static string StartTag(string html, string id)
    {
        var match = Regex.Match(html, $"<[a-zA-Z0-9]+\\s[^>]*id=\"{Regex.Escape(id)}\"[^>]*>");
        Assert.True(match.Success, $"No element with id '{id}'.");
        return match.Value;
    }

    /// <summary>The text content of a leaf element with this id.</summary>
    public static string Text(string html, string id)
    {
        var match = Regex.Match(html, $"id=\"{Regex.Escape(id)}\"[^>]*>([^<]*)<");
        Assert.True(match.Success, $"No text element with id '{id}'.");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>True when <paramref name="index"/> lies between an unclosed <c>&lt;a</c> and its <c>&lt;/a&gt;</c>.</summary>
    public static bool IsInsideLink(string html, int index)
    {
        var lastOpen = LinkOpen().Matches(html[..index]).LastOrDefault()?.Index ?? -1;
        var lastClose = html.LastIndexOf("</a>", index, StringComparison.Ordinal);
        return lastOpen > lastClose;
    }

    /// <summary>All start positions of a literal snippet.</summary>
    public static IReadOnlyList<int> IndexesOf(string html, string snippet)
    {
        var found = new List<int>();
        for (var i = html.IndexOf(snippet, StringComparison.Ordinal); i >= 0; i = html.IndexOf(snippet, i + 1, StringComparison.Ordinal))
        {
            found.Add(i);
        }

        return found;
    }

    /// <summary>The inside of &lt;main&gt;.</summary>
    public static string MainContent(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "The page has no <main> element.");
        return html[start..end];
    }

    [GeneratedRegex("<a[\\s>]")]
    private static partial Regex LinkOpen();
}
