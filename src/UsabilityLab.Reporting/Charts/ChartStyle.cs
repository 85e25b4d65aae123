using ScottPlot;

namespace UsabilityLab.Reporting.Charts;

/// <summary>One look for every chart: the report's palette, a font that exists on a bare Debian (DejaVu Sans).</summary>
internal static class ChartStyle
{
    /// <summary>
    /// DejaVu Sans ships with fonts-dejavu-core, which <c>./lab</c> installs with Chromium; the SVG names it too, so
    /// Chromium draws chart text in the same face when printing.
    /// </summary>
    public const string FontName = "DejaVu Sans";

    public static readonly Color Ink = Color.FromHex("#1f2933");
    public static readonly Color Muted = Color.FromHex("#7b8794");
    public static readonly Color Primary = Color.FromHex("#2563eb");
    public static readonly Color Secondary = Color.FromHex("#f59e0b");
    public static readonly Color Good = Color.FromHex("#16a34a");
    public static readonly Color Warn = Color.FromHex("#f59e0b");
    public static readonly Color Bad = Color.FromHex("#dc2626");
    public static readonly Color Grid = Color.FromHex("#e4e7eb");

    /// <summary>Traffic-light colour by name: good, warn, bad; anything else is the primary colour.</summary>
    public static Color Named(string name) => name switch
    {
        "good" => Good,
        "warn" => Warn,
        "bad" => Bad,
        _ => Primary,
    };

    public static void ApplyFonts(Plot plot)
    {
        plot.Font.Set(FontName);
        plot.Axes.Color(Ink);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
    }

    /// <summary>Automatic ticks, about <paramref name="count"/> of them, formatted invariantly (no thousands separators).</summary>
    public static ScottPlot.TickGenerators.NumericAutomatic Ticks(int count, string format) => new()
    {
        TargetTickCount = count,
        LabelFormatter = v => v.ToString(format, System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Standard chart frame: fonts, light grid, labels with units.</summary>
    public static Plot Create(string xLabel, string yLabel)
    {
        var plot = new Plot();
        ApplyFonts(plot);
        plot.Grid.MajorLineColor = Grid;
        plot.XLabel(xLabel, 13);
        plot.YLabel(yLabel, 13);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 11;
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
        return plot;
    }
}
