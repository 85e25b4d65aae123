using System.Globalization;
using System.Text;

namespace UsabilityLab.Reporting.Charts;

/// <summary>
/// A word-sized line of values between 0 and 1 (completion across runs) as inline SVG. Gaps stay gaps: a run
/// without a measurement breaks the line rather than dropping to zero.
/// </summary>
public static class Sparkline
{
    private const int Width = 120;
    private const int Height = 28;
    private const double Pad = 3;

    /// <summary>The sparkline, with <paramref name="description"/> as its accessible name.</summary>
    public static string Render(IReadOnlyList<double?> values, string description)
    {
        ArgumentNullException.ThrowIfNull(values);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"sparkline\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(description)}\">");
        var step = values.Count > 1 ? (Width - (2 * Pad)) / (values.Count - 1) : 0;
        var segment = new List<string>();
        for (var i = 0; i <= values.Count; i++)
        {
            if (i < values.Count && values[i] is { } v)
            {
                segment.Add(Point(Pad + (i * step), v));
                continue;
            }

            Flush(svg, segment);
        }

        if (values.Count > 0 && values[^1] is { } last)
        {
            var (x, y) = (Pad + ((values.Count - 1) * step), Y(last));
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"2.5\" fill=\"#2563eb\"/>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static void Flush(StringBuilder svg, List<string> segment)
    {
        if (segment.Count > 1)
        {
            svg.Append("<polyline fill=\"none\" stroke=\"#2563eb\" stroke-width=\"1.5\" points=\"").AppendJoin(' ', segment).Append("\"/>");
        }

        segment.Clear();
    }

    private static string Point(double x, double value) => string.Create(CultureInfo.InvariantCulture, $"{x:0.#},{Y(value):0.#}");

    private static double Y(double value) => Height - Pad - (Math.Clamp(value, 0, 1) * (Height - (2 * Pad)));
}
