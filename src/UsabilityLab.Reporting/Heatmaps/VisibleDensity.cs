using UsabilityLab.Core.Heatmaps;

namespace UsabilityLab.Reporting.Heatmaps;

/// <summary>
/// The density a heatmap image shows, computed at the image's own resolution (one cell per image pixel) over the
/// cropped band only, plus a margin as wide as the blur reaches so clicks just outside the crop still warm its edges.
/// A report's 0.62× crop of a long page needs a tenth of the cells of the full-resolution page.
/// </summary>
/// <param name="Grid">The density over the band and its margins.</param>
/// <param name="FirstRow">Grid row of the crop's first image row.</param>
/// <param name="Max">Largest density inside the crop: the top of the colour scale.</param>
internal sealed record VisibleDensity(DensityGrid Grid, int FirstRow, float Max)
{
    /// <summary>The density of <paramref name="points"/> on <paramref name="canvas"/>'s data area; null without points.</summary>
    public static VisibleDensity? Compute(IReadOnlyList<HeatPoint> points, HeatmapCanvas canvas, double sigma)
    {
        if (points.Count == 0)
        {
            // Blurring millions of zeros would only confirm there is nothing to draw.
            return null;
        }

        var zoom = canvas.Zoom;
        // Three boxes reach Σ rᵢ cells; beyond that a click adds nothing, and edge reflection stays inside the margin.
        var reach = BoxBlur.BoxWidths(sigma * zoom).Sum(w => (w - 1) / 2) + 1;
        var firstRow = Math.Min(reach, (int)Math.Floor(canvas.CropTop * zoom));
        var rowsBelow = Math.Clamp((int)Math.Ceiling((canvas.PageHeight - canvas.CropBottom) * zoom), 0, reach);
        var originY = canvas.CropTop - (firstRow / zoom);
        IEnumerable<HeatPoint> shifted = originY == 0 ? points : points.Select(p => p with { Y = p.Y - originY });
        var grid = DensityMap.Compute(shifted, canvas.DataWidth, firstRow + canvas.DataHeight + rowsBelow, sigma, zoom);
        return new VisibleDensity(grid, firstRow, grid.MaxOfRows(firstRow, canvas.DataHeight));
    }
}
