using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Signals;
using UsabilityLab.Reporting.Charts;

namespace UsabilityLab.Reporting.Heatmaps;

/// <summary>Click and mouse-move heatmaps: density as a colour map over the page screenshot, signals as markers.</summary>
public static class ClickHeatmapRenderer
{
    /// <summary>Renders a click (or move) heatmap of one page layout, decoding its screenshot.</summary>
    /// <param name="snapshot">The page's screenshot (same page key and viewport width as the activity).</param>
    /// <param name="points">Points in page coordinates (clicks or mouse positions).</param>
    /// <param name="signals">Rage, dead and error clicks to mark; other kinds are ignored.</param>
    /// <param name="kind"><see cref="HeatmapKind.Click"/> or <see cref="HeatmapKind.Move"/> (labels only).</param>
    /// <param name="options">Drawing options.</param>
    public static HeatmapImage Render(PageScreenshot snapshot, IReadOnlyList<HeatPoint> points, IEnumerable<Signal> signals, HeatmapKind kind, HeatmapOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        // Decoding the screenshot and computing the density are independent: on two cores they overlap.
        var decoding = Task.Run(() => new PageBackdrop(snapshot));
        try
        {
            return Draw(snapshot, decoding, points, signals, kind, options);
        }
        finally
        {
            // Whether drawing succeeded or not, free the decoded pixels once decoding is over.
            decoding.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        }
    }

    /// <summary>Renders a click (or move) heatmap over an already decoded screenshot (several maps of one page).</summary>
    /// <param name="backdrop">The page's decoded screenshot.</param>
    /// <param name="points">Points in page coordinates (clicks or mouse positions).</param>
    /// <param name="signals">Rage, dead and error clicks to mark; other kinds are ignored.</param>
    /// <param name="kind"><see cref="HeatmapKind.Click"/> or <see cref="HeatmapKind.Move"/> (labels only).</param>
    /// <param name="options">Drawing options.</param>
    public static HeatmapImage Render(PageBackdrop backdrop, IReadOnlyList<HeatPoint> points, IEnumerable<Signal> signals, HeatmapKind kind, HeatmapOptions options)
    {
        ArgumentNullException.ThrowIfNull(backdrop);
        return Draw(backdrop.Snapshot, Task.FromResult(backdrop), points, signals, kind, options);
    }

    private static HeatmapImage Draw(PageScreenshot snapshot, Task<PageBackdrop> backdrop, IReadOnlyList<HeatPoint> points, IEnumerable<Signal> signals, HeatmapKind kind, HeatmapOptions options)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(options);
        using var canvas = new HeatmapCanvas(snapshot, options);
        var density = VisibleDensity.Compute(points, canvas, options.Sigma);
        canvas.SetBackdrop(backdrop.GetAwaiter().GetResult());
        if (density is { Max: > 0 })
        {
            canvas.SetOverlay(HeatLayer.Colour(density.Grid, density.FirstRow, canvas.DataHeight, density.Max, options.MaxOpacity));
            var bar = canvas.Plot.Add.ColorBar(new HeatScale(density.Max));
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

    /// <summary>
    /// Opacity (0–1) of a cell at relative density <paramref name="t"/> (0–1); below 3 % fully transparent. Opacity grows
    /// with the square root of the density: hot spots are strongly coloured, the faint tails of a single stray click
    /// stay see-through so the page underneath stays readable.
    /// </summary>
    public static double Opacity(double t, double maxOpacity) => t < 0.03 ? 0 : maxOpacity * Math.Sqrt(Math.Min(1, t));
}
