using System.Text.RegularExpressions;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>What a dashboard page's HTML is made of: its inline SVG charts and its inlined pictures (data: URIs).</summary>
internal static partial class HtmlWeight
{
    /// <summary>The inline SVG elements together, in KB.</summary>
    public static double SvgKb(string html) => Svg().Matches(html).Sum(m => (long)m.Length) / 1024.0;

    /// <summary>The largest inline SVG element, in KB (one chart with a mark per attempt outweighs the rest).</summary>
    public static double LargestSvgKb(string html) => Svg().Matches(html).Select(m => m.Length).DefaultIfEmpty(0).Max() / 1024.0;

    /// <summary>The inlined pictures (the task page's signal crops): how many, and their size together in KB.</summary>
    public static (int Count, double Kb) DataUris(string html)
    {
        var matches = DataUri().Matches(html);
        return (matches.Count, matches.Sum(m => (long)m.Groups[1].Length) / 1024.0);
    }

    /// <summary>How many times <paramref name="marker"/> (e.g. <c>class="marker </c>) occurs in the page.</summary>
    public static int Count(string html, string marker)
    {
        var count = 0;
        for (var at = html.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = html.IndexOf(marker, at + marker.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex("<svg\\b.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();

    [GeneratedRegex("src=\"(data:[^\"]*)\"")]
    private static partial Regex DataUri();
}
