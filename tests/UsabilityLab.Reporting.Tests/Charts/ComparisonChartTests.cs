using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Reporting.Charts;

namespace UsabilityLab.Reporting.Tests.Charts;

/// <summary>The comparison chart as the report embeds it (SVG): its legend names the runs without hiding any bar.</summary>
public partial class ComparisonChartTests
{
    private const string LabelA = "Run 2 (2026-12-02)";
    private const string LabelB = "Run 1 (2026-12-01)";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData(1)]
    [InlineData(4)] // the old legend sat in the lower right of the plot, over the bars of the last task
    public void Render_FullBarsInEveryTask_LegendStandsAboveEveryBar(int tasks)
    {
        // Bars that reach the axis maximum leave no empty corner for a legend inside the plot.
        var rows = Enumerable.Range(1, tasks).Select(i => new TaskRow($"Task {i}", 100, new Interval(90, 100))).ToArray();

        var svg = XDocument.Parse(ComparisonChart.Render(rows, rows, LabelA, LabelB, "Completion rate (%)", 115, "0'%'"));

        var legendBottom = svg.Descendants(Svg + "text").Where(t => t.Value.Trim() is LabelA or LabelB).Select(TextBaseline).ToArray();
        Assert.Equal(2, legendBottom.Length);
        // A bar is a filled rectangle in a group of its own; the legend's colour swatches stand next to the legend's text.
        var barTops = svg.Descendants(Svg + "g").Where(g => !g.Elements(Svg + "text").Any()).Elements(Svg + "rect")
            .Where(r => (string?)r.Attribute("fill") != "white").Select(r => Number(r, "y")).ToArray();
        Assert.Equal(2 * tasks, barTops.Length);
        Assert.True(legendBottom.Max() < barTops.Min(), $"legend text down to y = {legendBottom.Max()}, first bar at y = {barTops.Min()}");
    }

    private static double TextBaseline(XElement text) =>
        double.Parse(Translate().Match((string)text.Attribute("transform")!).Groups["y"].Value, CultureInfo.InvariantCulture);

    private static double Number(XElement element, string attribute) => double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"translate\((?<x>[-\d.]+)[ ,]+(?<y>[-\d.]+)\)")]
    private static partial Regex Translate();
}
