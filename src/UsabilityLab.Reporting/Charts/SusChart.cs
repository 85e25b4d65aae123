using System.Globalization;
using ScottPlot;
using UsabilityLab.Core.Metrics;

namespace UsabilityLab.Reporting.Charts;

/// <summary>SUS scores of every participant on the 0–100 scale over the Sauro–Lewis grade bands.</summary>
public static class SusChart
{
    private static readonly (double From, double To, string Grade, string Hex)[] Bands =
    [
        (0, 51.7, "F", "#fde2e2"), (51.7, 62.7, "D", "#fdebd3"), (62.7, 72.6, "C", "#fef6d8"),
        (72.6, 80.8, "B", "#e3f4e1"), (80.8, 100, "A", "#cdebd0"),
    ];

    /// <summary>Dot per participant, the mean with its 95 % CI, and shaded grade bands (A–F).</summary>
    /// <param name="scores">Each complete sheet's score (0–100).</param>
    /// <param name="summary">Mean, interval and grade; null when there are no sheets.</param>
    public static string Render(IReadOnlyList<double> scores, SusSummary? summary)
    {
        ArgumentNullException.ThrowIfNull(scores);
        using var plot = ChartStyle.Create("SUS score (0–100)", "Participants");
        foreach (var (from, to, grade, hex) in Bands)
        {
            var span = plot.Add.HorizontalSpan(from, to, Color.FromHex(hex));
            span.LineWidth = 0;
            var label = plot.Add.Text(grade, (from + to) / 2, 0);
            label.LabelFontSize = 13;
            label.LabelBold = true;
            label.LabelFontColor = ChartStyle.Muted;
            label.LabelAlignment = Alignment.LowerCenter;
        }

        // Stack equal scores so every participant stays visible.
        var seen = new Dictionary<double, int>();
        var ys = scores.Select(s => seen[s] = seen.GetValueOrDefault(s) + 1).Select(k => (double)k).ToArray();
        var top = Math.Max(3, ys.DefaultIfEmpty(0).Max() + 1.5);
        if (scores.Count > 0)
        {
            plot.Add.Markers(scores.ToArray(), ys, MarkerShape.FilledCircle, 10, ChartStyle.Primary);
        }

        if (summary is not null)
        {
            plot.Add.VerticalLine(summary.Mean, 2, ChartStyle.Ink);
            // Labels inside the plot area: line labels outside it get clipped by the SVG's edge.
            var meanLabel = plot.Add.Text(string.Create(CultureInfo.InvariantCulture, $"mean {summary.Mean:0.0} ({summary.Grade}), 95 % CI"), summary.Mean, top - 0.05);
            meanLabel.LabelFontSize = 11;
            meanLabel.LabelBold = true;
            meanLabel.LabelFontColor = ChartStyle.Ink;
            meanLabel.LabelAlignment = Alignment.UpperLeft;
            meanLabel.LabelOffsetX = 4;
            if (summary.Ci is { } ci)
            {
                var error = new ScottPlot.Plottables.ErrorBar([summary.Mean], [top - 0.9], [ci.High - summary.Mean], [summary.Mean - ci.Low], [0.0], [0.0])
                {
                    Color = ChartStyle.Ink,
                    LineWidth = 2,
                    CapSize = 8,
                };
                plot.Add.Plottable(error);
            }
        }

        plot.Add.VerticalLine(68, 1.5f, ChartStyle.Muted, LinePattern.Dashed);
        var avg = plot.Add.Text("68 = average", 68, 0.55);
        avg.LabelFontSize = 10;
        avg.LabelFontColor = ChartStyle.Muted;
        avg.LabelAlignment = Alignment.LowerLeft;
        avg.LabelOffsetX = 4;
        plot.Axes.Left.TickGenerator = ChartStyle.Ticks(4, "0");
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
            ["0", "10", "20", "30", "40", "50", "60", "70", "80", "90", "100"]);
        plot.Axes.SetLimits(0, 100, 0, top);
        return Svg.From(plot, IntervalChart.Width, 300, summary is null ? "SUS: no complete answer sheets" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"SUS scores of {scores.Count} participants; mean {summary.Mean:0.0}, grade {summary.Grade}"));
    }
}
