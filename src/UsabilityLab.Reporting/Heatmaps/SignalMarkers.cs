using ScottPlot;
using UsabilityLab.Core.Signals;
using UsabilityLab.Reporting.Charts;

namespace UsabilityLab.Reporting.Heatmaps;

/// <summary>Marks rage, dead and error clicks on a heatmap with distinct shapes, listed in a legend.</summary>
internal static class SignalMarkers
{
    private static readonly (SignalKind Kind, MarkerShape Shape, Color Color, string Label)[] Styles =
    [
        (SignalKind.RageClick, MarkerShape.OpenCircleWithEks, ChartStyle.Bad, "Rage click"),
        (SignalKind.DeadClick, MarkerShape.OpenSquare, Color.FromHex("#111827"), "Dead click"),
        (SignalKind.ErrorClick, MarkerShape.OpenTriangleUp, Color.FromHex("#c026d3"), "Error click"),
    ];

    /// <summary>Adds the markers; true when there were any (the caller makes room for the legend).</summary>
    public static bool Add(Plot plot, IEnumerable<Signal> signals)
    {
        var located = signals.Where(s => s.X is not null && s.Y is not null).ToArray();
        var any = false;
        foreach (var (kind, shape, color, label) in Styles)
        {
            var of = located.Where(s => s.Kind == kind).ToArray();
            if (of.Length == 0)
            {
                continue;
            }

            var markers = plot.Add.Markers(of.Select(s => s.X!.Value).ToArray(), of.Select(s => s.Y!.Value).ToArray(), shape, 11, color.WithAlpha(0.9));
            markers.MarkerLineWidth = 1.5f;
            markers.LegendText = $"{label} ({of.Length})";
            any = true;
        }

        if (any)
        {
            // Below the image, not over the page: the top-left corner usually holds the logo and navigation.
            plot.ShowLegend(Edge.Bottom);
            plot.Legend.FontSize = 12;
        }

        return any;
    }
}
