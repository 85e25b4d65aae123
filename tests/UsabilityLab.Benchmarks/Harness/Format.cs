using System.Globalization;

namespace UsabilityLab.Benchmarks.Harness;

/// <summary>Number formatting shared by the terminal table and BENCHMARKS.md: three significant digits, invariant culture.</summary>
internal static class Format
{
    public static string Number(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return "–";
        }

        var magnitude = Math.Abs(value);
        var format = magnitude switch
        {
            0 => "0",
            >= 1_000 => "#,##0",
            >= 100 => "0",
            >= 10 => "0.0",
            >= 1 => "0.00",
            >= 0.01 => "0.000",
            _ => "0.####",
        };
        return value.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>A goal's limit as the issue writes it: 0.7, 10, 1.1 (no padding zeros).</summary>
    public static string Target(double value) => value.ToString("#,##0.###", CultureInfo.InvariantCulture);

    public static string Spread(Summary s) => s.Count <= 1 ? "" : $"{Number(s.Min)}–{Number(s.Max)}";

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
