using System.Globalization;
using ScottPlot;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Reporting.Charts;

namespace UsabilityLab.Reporting.Heatmaps;

/// <summary>Scroll map: the page screenshot tinted by the share of participants who saw each depth.</summary>
public static class ScrollMapRenderer
{
    /// <summary>Renders the scroll-depth curve of one page layout over its screenshot.</summary>
    /// <param name="snapshot">The page's screenshot.</param>
    /// <param name="curve">Scroll-depth curve of the same layout.</param>
    /// <param name="foldY">First screen's bottom edge (viewport height, CSS px) to draw as a line; null for none.</param>
    /// <param name="options">Drawing options.</param>
    public static HeatmapImage Render(PageScreenshot snapshot, ScrollDepthCurve curve, double? foldY, HeatmapOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(curve);
        ArgumentNullException.ThrowIfNull(options);
        using var backdrop = new PageBackdrop(snapshot);
        using var canvas = new HeatmapCanvas(snapshot, options);
        canvas.SetBackdrop(backdrop);
        var rows = (int)Math.Ceiling(canvas.PageHeight / curve.Step);
        // A few identical columns: ScottPlot draws nothing for a heatmap only one cell wide.
        const int columns = 4;
        var shares = new double[rows, columns];
        var alpha = new byte[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            var share = curve.ShareAt((r + 0.5) * curve.Step);
            // Areas few people saw get the strongest tint: that is where the message is lost.
            var opacity = (byte)Math.Round(255 * options.MaxOpacity * (0.35 + (0.65 * (1 - share))));
            for (var c = 0; c < columns; c++)
            {
                shares[r, c] = share * 100;
                alpha[r, c] = opacity;
            }
        }

        var heatmap = canvas.Plot.Add.Heatmap(shares);
        heatmap.Extent = new CoordinateRect(0, canvas.PageWidth, rows * (double)curve.Step, 0);
        heatmap.Colormap = new ScottPlot.Colormaps.Turbo();
        heatmap.ManualRange = new ScottPlot.Range(0, 100);
        heatmap.AlphaMap = alpha;
        heatmap.FlipVertically = true;
        var bar = canvas.Plot.Add.ColorBar(heatmap);
        bar.Label = string.Create(CultureInfo.InvariantCulture, $"Participants who saw this depth (%, n = {curve.Participants})");
        bar.LabelStyle.FontSize = 12;
        bar.Axis.TickGenerator = ChartStyle.Ticks(6, "0");

        if (foldY is { } fold && fold > canvas.CropTop && fold < canvas.CropBottom)
        {
            var line = canvas.Plot.Add.HorizontalLine(fold, 2, ChartStyle.Ink, LinePattern.Dashed);
            line.LabelText = "first screen";
            line.LabelOppositeAxis = false;
        }

        return canvas.Render();
    }
}
