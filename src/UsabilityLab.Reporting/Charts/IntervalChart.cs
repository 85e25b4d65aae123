using System.Globalization;
using ScottPlot;

namespace UsabilityLab.Reporting.Charts;

/// <summary>
/// The workhorse of the per-task charts: one horizontal row per task (titles are long, so they sit on the y axis
/// and stay readable), a bar or a marker for the estimate, its 95 % interval as an error bar, optional dots for
/// individual observations and reference lines for thresholds.
/// </summary>
internal static class IntervalChart
{
    public const int Width = 760;

    public static string Render(
        IReadOnlyList<TaskRow> rows,
        string xLabel,
        double xMin,
        double xMax,
        string valueFormat,
        bool bars,
        IReadOnlyList<ReferenceLine>? references = null)
    {
        using var plot = ChartStyle.Create(xLabel, "");
        var n = rows.Count;
        // Task 1 at the top: y runs n−1 … 0.
        double Y(int i) => n - 1 - i;

        for (var i = 0; i < n; i++)
        {
            var row = rows[i];
            if (row.Points is { Count: > 0 } points)
            {
                var jitter = points.Select((_, k) => Y(i) + (((k % 5) - 2) * 0.06)).ToArray();
                var dots = plot.Add.Markers(points.ToArray(), jitter, MarkerShape.OpenCircle, 7, ChartStyle.Muted);
                dots.MarkerLineWidth = 1.2f;
            }

            if (row.Value is not { } value)
            {
                // No data is not zero: say so. With dots, above them at the axis start: after the right-most dot it
                // ran out of the plot ("no succes") whenever an attempt took nearly the whole axis.
                var dotted = row.Points is { Count: > 0 };
                var none = plot.Add.Text(dotted ? "no successful attempt" : "no data", xMin + ((xMax - xMin) * 0.01), Y(i) + (dotted ? 0.32 : 0));
                none.LabelFontColor = ChartStyle.Muted;
                none.LabelFontSize = 11;
                none.LabelAlignment = Alignment.MiddleLeft;
                continue;
            }

            var color = ChartStyle.Named(row.Color);
            if (bars)
            {
                var bar = plot.Add.Bar(new Bar { Position = Y(i), Value = value, ValueBase = xMin, Size = 0.55, FillColor = color.WithAlpha(0.85), LineWidth = 0, Orientation = Orientation.Horizontal });
                bar.Horizontal = true;
            }
            else
            {
                plot.Add.Marker(value, Y(i), MarkerShape.FilledDiamond, 13, color);
            }

            if (row.Ci is { } ci)
            {
                var error = new ScottPlot.Plottables.ErrorBar([value], [Y(i)], [ci.High - value], [value - ci.Low], [0.0], [0.0])
                {
                    Color = ChartStyle.Ink,
                    LineWidth = 1.6f,
                    CapSize = 8,
                };
                plot.Add.Plottable(error);
            }

            // The value sits just right of the bar (or interval) end, so it never collides with the axis or the bar.
            var label = plot.Add.Text(value.ToString(valueFormat, CultureInfo.InvariantCulture), Math.Max(row.Ci?.High ?? value, value), Y(i) + (bars ? 0 : 0.3));
            label.LabelFontSize = 11;
            label.LabelFontColor = ChartStyle.Ink;
            label.LabelAlignment = Alignment.MiddleLeft;
            label.LabelOffsetX = 5;
        }

        foreach (var reference in references ?? [])
        {
            plot.Add.VerticalLine(reference.X, 1.5f, ChartStyle.Bad.WithAlpha(0.7), LinePattern.Dashed);
            // Labelled inside the top of the plot: a label outside the data area would be cut off.
            var text = plot.Add.Text(reference.Label, reference.X, n - 0.45);
            text.LabelFontSize = 10;
            text.LabelFontColor = ChartStyle.Bad;
            text.LabelAlignment = Alignment.UpperLeft;
            text.LabelOffsetX = 3;
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, n).Select(i => Y(i)).ToArray(),
            rows.Select(r => Wrap(r.Label)).ToArray());
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Axes.SetLimits(xMin, xMax, -0.6, n - 0.4 + (references is { Count: > 0 } ? 0.35 : 0));
        var height = 70 + (n * 46) + (references is { Count: > 0 } ? 20 : 0);
        return Svg.From(plot, Width, height, Svg.Describe(xLabel, rows.Select(r => (r.Label, r.Value)), valueFormat));
    }

    /// <summary>Long titles break onto a second line instead of squeezing the plot.</summary>
    private static string Wrap(string label)
    {
        const int max = 24;
        if (label.Length <= max)
        {
            return label;
        }

        var cut = label.LastIndexOf(' ', max);
        return cut > 8 ? label[..cut] + "\n" + label[(cut + 1)..] : label;
    }
}
