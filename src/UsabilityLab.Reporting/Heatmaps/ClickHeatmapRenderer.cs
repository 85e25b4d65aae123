using ScottPlot;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Signals;
using UsabilityLab.Reporting.Charts;

namespace UsabilityLab.Reporting.Heatmaps;

/// <summary>Click and mouse-move heatmaps: density as a colour map over the page screenshot, signals as markers.</summary>
public static class ClickHeatmapRenderer
{
    // Above ~1 M cells the bitmap gets slow to colour and the image no sharper (the density is smooth anyway).
    private const int MaxPlotCells = 1_000_000;

    /// <summary>Renders a click (or move) heatmap of one page layout.</summary>
    /// <param name="snapshot">The page's screenshot (same page key and viewport width as the activity).</param>
    /// <param name="points">Points in page coordinates (clicks or mouse positions).</param>
    /// <param name="signals">Rage, dead and error clicks to mark; other kinds are ignored.</param>
    /// <param name="kind"><see cref="HeatmapKind.Click"/> or <see cref="HeatmapKind.Move"/> (labels only).</param>
    /// <param name="options">Drawing options.</param>
    public static HeatmapImage Render(PageSnapshot snapshot, IReadOnlyList<HeatPoint> points, IEnumerable<Signal> signals, HeatmapKind kind, HeatmapOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(options);
        using var canvas = new HeatmapCanvas(snapshot, options);
        var density = DensityMap.Compute(points, snapshot.Width, snapshot.Height, options.Sigma, canvas.DevicePixelRatio);
        if (density.Max > 0)
        {
            var heatmap = canvas.Plot.Add.Heatmap(Downsample(density, out _));
            heatmap.Extent = new CoordinateRect(0, canvas.PageWidth, canvas.PageHeight, 0);
            heatmap.Colormap = new ScottPlot.Colormaps.Turbo();
            heatmap.ManualRange = new ScottPlot.Range(0, density.Max);
            heatmap.AlphaMap = Alpha(heatmap.Intensities, density.Max, options.MaxOpacity);
            heatmap.Smooth = true;
            heatmap.FlipVertically = true; // row 0 is the page top, and the y axis grows downwards
            var bar = canvas.Plot.Add.ColorBar(heatmap);
            bar.Label = kind == HeatmapKind.Click ? "Clicks (one isolated click = 1)" : "Mouse samples (one sample = 1)";
            bar.LabelStyle.FontSize = 12;
            bar.Axis.TickGenerator = ChartStyle.Ticks(6, density.Max < 10 ? "0.#" : "0");
        }

        if (kind == HeatmapKind.Click && SignalMarkers.Add(canvas.Plot, signals))
        {
            canvas.ReserveLegend();
        }

        return canvas.Render();
    }

    /// <summary>Opacity (0–1) of a cell at relative density <paramref name="t"/> (0–1); below 3 % fully transparent.</summary>
    internal static double Opacity(double t, double maxOpacity) => t < 0.03 ? 0 : maxOpacity * Math.Sqrt(Math.Min(1, t));

    /// <summary>Block-averages the density to at most <see cref="MaxPlotCells"/> cells, as [row, column] for ScottPlot.</summary>
    internal static double[,] Downsample(DensityGrid density, out int factor)
    {
        factor = Math.Max(1, (int)Math.Ceiling(Math.Sqrt((double)density.Width * density.Height / MaxPlotCells)));
        var cols = (density.Width + factor - 1) / factor;
        var rows = (density.Height + factor - 1) / factor;
        var result = new double[rows, cols];
        var counts = new int[rows, cols];
        for (var y = 0; y < density.Height; y++)
        {
            for (var x = 0; x < density.Width; x++)
            {
                result[y / factor, x / factor] += density.Values[(y * density.Width) + x];
                counts[y / factor, x / factor]++;
            }
        }

        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                result[r, c] /= counts[r, c];
            }
        }

        return result;
    }

    /// <summary>
    /// Opacity grows with the square root of the density: hot spots are strongly coloured, the faint tails of a
    /// single stray click stay see-through so the page underneath stays readable.
    /// </summary>
    private static byte[,] Alpha(double[,] values, double max, double maxOpacity)
    {
        var rows = values.GetLength(0);
        var cols = values.GetLength(1);
        var alpha = new byte[rows, cols];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                alpha[r, c] = (byte)Math.Round(255 * Opacity(values[r, c] / max, maxOpacity));
            }
        }

        return alpha;
    }
}
