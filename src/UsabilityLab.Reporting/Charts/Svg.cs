using System.Text.RegularExpressions;
using ScottPlot;

namespace UsabilityLab.Reporting.Charts;

/// <summary>SVG export that scales with its container (a viewBox instead of a fixed pixel size).</summary>
internal static partial class Svg
{
    public static string From(Plot plot, int width, int height)
    {
        var xml = plot.GetSvgXml(width, height);
        // Keep the drawing's coordinate system but let CSS decide the printed size.
        return SvgOpenTag().Replace(xml, $"<svg viewBox=\"0 0 {width} {height}\" role=\"img\" preserveAspectRatio=\"xMidYMid meet\" class=\"chart\"", 1);
    }

    [GeneratedRegex("<svg[^>]*?(?=\\s*xmlns)|<svg(?=[\\s>])", RegexOptions.CultureInvariant)]
    private static partial Regex SvgOpenTag();
}
