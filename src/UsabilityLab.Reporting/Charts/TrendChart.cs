using System.Globalization;
using ScottPlot;

namespace UsabilityLab.Reporting.Charts;

/// <summary>
/// A metric across runs, oldest left: the estimate as a line of points with its 95 % interval as error bars, the
/// gate's threshold as a dashed line, runs whose gate failed as red crosses and runs that differ significantly from
/// the run before them ringed.
/// </summary>
public static class TrendChart
{
    private const int Width = 640;
    private const int Height = 260;

    /// <summary>The chart as inline SVG.</summary>
    /// <param name="points">One per run, oldest first.</param>
    /// <param name="yLabel">The metric and its unit, e.g. "completion (%)".</param>
    /// <param name="scale">Multiplies values for display (100 for rates shown as percentages).</param>
    /// <param name="threshold">The gate's threshold in the metric's unit, when the task has one.</param>
    /// <param name="yMin">Lower end of the y axis; null fits the data.</param>
    /// <param name="yMax">Upper end of the y axis; null fits the data.</param>
    public static string Render(IReadOnlyList<TrendPoint> points, string yLabel, double scale = 1, double? threshold = null, double? yMin = null, double? yMax = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        using var plot = ChartStyle.Create("run", yLabel);
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Value is not { } value)
            {
                continue;
            }

            xs.Add(i);
            ys.Add(value * scale);
            if (points[i].Ci is { } ci)
            {
                // ScottPlot's order: x above, x below, y above, y below.
                plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar([i], [value * scale], [0.0], [0.0], [(ci.High - value) * scale], [(value - ci.Low) * scale])
                {
                    Color = ChartStyle.Muted,
                    LineWidth = 1.4f,
                    CapSize = 6,
                });
            }

            if (points[i].Flagged)
            {
                plot.Add.Marker(i, value * scale, MarkerShape.OpenCircle, 20, ChartStyle.Secondary).MarkerLineWidth = 2;
            }

            plot.Add.Marker(i, value * scale, points[i].GateFailed ? MarkerShape.Eks : MarkerShape.FilledCircle, points[i].GateFailed ? 13 : 9, points[i].GateFailed ? ChartStyle.Bad : ChartStyle.Primary)
                .MarkerLineWidth = 2.5f;
        }

        if (xs.Count > 1)
        {
            var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray(), ChartStyle.Primary.WithAlpha(0.6));
            line.LineWidth = 1.5f;
        }

        if (threshold is { } t)
        {
            plot.Add.HorizontalLine(t * scale, 1.5f, ChartStyle.Bad.WithAlpha(0.7), LinePattern.Dashed);
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, points.Count).Select(i => (double)i).ToArray(),
            points.Select(p => p.Label).ToArray());
        plot.Axes.Left.TickGenerator = ChartStyle.Ticks(5, "0.##");
        var values = new List<double>(ys);
        foreach (var point in points)
        {
            if (point is { Value: not null, Ci: { } interval })
            {
                values.Add(interval.Low * scale);
                values.Add(interval.High * scale);
            }
        }

        if (threshold is { } th)
        {
            values.Add(th * scale);
        }

        values.Add(0);
        var low = yMin ?? values.Min(); // 0 is in: times and rates start at zero
        var high = yMax ?? values.Max();
        var pad = Math.Max((high - low) * 0.08, 0.5);
        plot.Axes.SetLimits(-0.5, Math.Max(points.Count - 0.5, 0.5), yMin ?? (low - pad), yMax ?? (high + pad));
        return Svg.From(plot, Width, Height, Svg.Describe(yLabel + " by run", points.Select(p => (p.Label, p.Value * scale)), "0.#"));
    }

    /// <summary>A threshold as the chart's legend says it, e.g. "gate: 80 %".</summary>
    public static string ThresholdText(double threshold, double scale, string unit) =>
        "gate: " + (threshold * scale).ToString("0.##", CultureInfo.InvariantCulture) + unit;
}
