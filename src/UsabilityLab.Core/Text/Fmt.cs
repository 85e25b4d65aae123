using System.Globalization;
using UsabilityLab.Core.Metrics;

namespace UsabilityLab.Core.Text;

/// <summary>
/// Numbers as people read them, in the report and on the terminal: invariant digits, an em dash for "no data", one
/// typographic minus (U+2212) for every negative number, and ranges that stay readable when a bound is negative
/// ("−100 to −44", never "-100–-44"). Machine-readable outputs (JSON, CSV) keep plain numbers.
/// </summary>
public static class Fmt
{
    /// <summary>The typographic minus sign.</summary>
    public const string Minus = "\u2212";

    /// <summary>Invariant culture with the typographic minus as its negative sign.</summary>
    public static readonly NumberFormatInfo Numbers = CreateNumbers();

    /// <summary>Percentage with no decimals, or an em dash.</summary>
    public static string Percent(double? v) => v is { } x ? Num(x * 100, "0", " %") : "—";

    /// <summary>Interval as percentages.</summary>
    public static string PercentCi(Interval? ci) => ci is { } c ? Range(c.Low * 100, c.High * 100, "0", " %") : "—";

    /// <summary>Number with the given format, or an em dash.</summary>
    public static string Num(double? v, string format = "0.0", string unit = "") => v is { } x ? x.ToString(format, Numbers) + unit : "—";

    /// <summary>Interval with the given format.</summary>
    public static string Ci(Interval? ci, string format = "0.0", string unit = "") => ci is { } c ? Range(c.Low, c.High, format, unit) : "—";

    /// <summary>A signed number: "+3", "−12", "0".</summary>
    public static string Signed(double v, string format = "0") =>
        v.ToString($"+{format};{Minus}{format};{format}", CultureInfo.InvariantCulture);

    /// <summary>
    /// A range: "36–98 %" with an en dash when both bounds are positive; "−100 to −44" when one is negative, where an
    /// en dash next to a minus would read as a double sign.
    /// </summary>
    public static string Range(double low, double high, string format, string unit = "") =>
        low.ToString(format, Numbers) + (low < 0 || high < 0 ? " to " : "–") + high.ToString(format, Numbers) + unit;

    /// <summary>
    /// A p value as a statistician writes it: "p = 0.033", and "p &lt; 0.001" below what three decimals can show
    /// (never "p = 0.000", which reads as impossible).
    /// </summary>
    public static string P(double p) => p < 0.001 ? "p < 0.001" : "p = " + p.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>
    /// The text with no-break spaces, so that a narrow table cell never splits a statistic: "p" and "&lt; 0.001" on two
    /// lines read as two statements, and so do "−100 to" and "−86".
    /// </summary>
    public static string Unbroken(string text) => text.Replace(' ', '\u00A0');

    private static NumberFormatInfo CreateNumbers()
    {
        var numbers = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        numbers.NegativeSign = Minus;
        return NumberFormatInfo.ReadOnly(numbers);
    }
}
