using System.Text.RegularExpressions;
using ScottPlot;

namespace UsabilityLab.Reporting.Charts;

/// <summary>SVG export that scales with its container (a viewBox instead of a fixed pixel size).</summary>
internal static partial class Svg
{
    /// <summary>The plot as SVG whose accessible name is <paramref name="label"/>: what the chart shows, in words.</summary>
    public static string From(Plot plot, int width, int height, string label)
    {
        var xml = plot.GetSvgXml(width, height);
        var name = System.Net.WebUtility.HtmlEncode(label);
        // Keep the drawing's coordinate system but let CSS decide the printed size.
        return SvgOpenTag().Replace(xml, $"<svg viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{name}\" preserveAspectRatio=\"xMidYMid meet\" class=\"chart\"", 1);
    }

    /// <summary>"label: a 1, b 2" — a chart's values as a sentence for its accessible name; missing values say so.</summary>
    public static string Describe(string what, IEnumerable<(string Name, double? Value)> values, string format) =>
        what + ": " + string.Join("; ", values.Select(v => $"{v.Name} {(v.Value is { } x ? x.ToString(format, System.Globalization.CultureInfo.InvariantCulture) : "no data")}"));

    [GeneratedRegex("<svg[^>]*?(?=\\s*xmlns)|<svg(?=[\\s>])", RegexOptions.CultureInvariant)]
    private static partial Regex SvgOpenTag();
}
