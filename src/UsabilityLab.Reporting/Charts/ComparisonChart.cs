using System.Globalization;
using ScottPlot;

namespace UsabilityLab.Reporting.Charts;

/// <summary>Before/after side by side: one pair of bars per task.</summary>
public static class ComparisonChart
{
    /// <summary>Grouped horizontal bars (run A above run B) with 95 % intervals.</summary>
    /// <param name="a">Rows of the first run (values in display units).</param>
    /// <param name="b">Rows of the second run, same tasks in the same order.</param>
    /// <param name="labelA">Legend text of run A.</param>
    /// <param name="labelB">Legend text of run B.</param>
    /// <param name="xLabel">Axis label with unit.</param>
    /// <param name="xMax">Axis maximum.</param>
    /// <param name="valueFormat">Number format of the value labels.</param>
    public static string Render(IReadOnlyList<TaskRow> a, IReadOnlyList<TaskRow> b, string labelA, string labelB, string xLabel, double xMax, string valueFormat)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        using var plot = ChartStyle.Create(xLabel, "");
        var n = a.Count;
        double Y(int i) => n - 1 - i;
        AddSeries(plot, a, +0.18, ChartStyle.Primary, labelA, Y, valueFormat);
        AddSeries(plot, b, -0.18, ChartStyle.Secondary, labelB, Y, valueFormat);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, n).Select(i => Y(i)).ToArray(), a.Select(r => r.Label).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        // Above the plot, in a panel of its own: inside the data area it covered the bars of the lowest task.
        plot.ShowLegend(Edge.Top);
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.FontSize = 11;
        plot.Axes.SetLimits(0, xMax, -0.6, n - 0.4);
        return Svg.From(plot, IntervalChart.Width, 110 + (n * 60), Svg.Describe($"{xLabel}, {labelA}", a.Select(r => (r.Label, r.Value)), valueFormat) + ". " + Svg.Describe(labelB, b.Select(r => (r.Label, r.Value)), valueFormat));
    }

    private static void AddSeries(Plot plot, IReadOnlyList<TaskRow> rows, double offset, Color color, string legend, Func<int, double> y, string format)
    {
        var bars = new List<Bar>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Value is not { } value)
            {
                continue;
            }

            bars.Add(new Bar { Position = y(i) + offset, Value = value, Size = 0.34, FillColor = color, LineWidth = 0, Orientation = Orientation.Horizontal });
            if (rows[i].Ci is { } ci)
            {
                plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar([value], [y(i) + offset], [ci.High - value], [value - ci.Low], [0.0], [0.0]) { Color = ChartStyle.Ink, CapSize = 5 });
            }

            var text = plot.Add.Text(value.ToString(format, CultureInfo.InvariantCulture), rows[i].Ci?.High ?? value, y(i) + offset);
            text.LabelFontSize = 10;
            text.LabelAlignment = Alignment.MiddleLeft;
            text.LabelOffsetX = 6;
        }

        var plotBars = plot.Add.Bars(bars);
        plotBars.Horizontal = true;
        plotBars.LegendText = legend;
    }
}
