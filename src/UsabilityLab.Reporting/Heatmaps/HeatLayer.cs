using System.Runtime.InteropServices;
using SkiaSharp;
using UsabilityLab.Core.Heatmaps;

namespace UsabilityLab.Reporting.Heatmaps;

/// <summary>
/// The heat layer alone: density coloured into a transparent RGBA image, what a browser heatmap library draws over the
/// live page. The product render (<see cref="ClickHeatmapRenderer"/>) composites the same layer over the screenshot.
/// </summary>
public static class HeatLayer
{
    /// <summary>
    /// Density of <paramref name="points"/> on a <paramref name="width"/> × <paramref name="height"/> grid (one cell per
    /// CSS px), coloured and encoded as PNG.
    /// </summary>
    /// <param name="points">Points in CSS px.</param>
    /// <param name="width">Image width; ≥ 1.</param>
    /// <param name="height">Image height; ≥ 1.</param>
    /// <param name="sigma">Smoothing σ in CSS px.</param>
    /// <param name="maxOpacity">Opacity of the hottest spot (0–1).</param>
    public static byte[] Png(IEnumerable<HeatPoint> points, int width, int height, double sigma = DensityMap.DefaultSigma, double maxOpacity = 0.75)
    {
        var density = DensityMap.Compute(points, width, height, sigma);
        using var layer = Colour(density, 0, height, density.Max, maxOpacity);
        return ImageEncoding.Png(layer);
    }

    /// <summary>
    /// Rows <paramref name="firstRow"/> … <paramref name="firstRow"/> + <paramref name="rows"/> of the density as premultiplied
    /// RGBA: the colour and opacity of value v are those of v / <paramref name="max"/> (clamped to 1).
    /// </summary>
    internal static SKBitmap Colour(DensityGrid density, int firstRow, int rows, double max, double maxOpacity)
    {
        var palette = HeatPalette.For(maxOpacity).Pixels;
        var toLevel = max > 0 ? (HeatPalette.Levels - 1) / max : 0;
        var width = density.Width;
        var pixels = new uint[width * rows];
        Parallel.For(0, rows, row =>
        {
            var values = density.Values.AsSpan((firstRow + row) * width, width);
            var output = pixels.AsSpan(row * width, width);
            for (var x = 0; x < values.Length; x++)
            {
                output[x] = palette[Math.Min(HeatPalette.Levels - 1, (int)((values[x] * toLevel) + 0.5))];
            }
        });

        return PinnedBitmap(pixels, width, rows);
    }

    /// <summary>A bitmap over the managed pixels without copying them; the pin is released with the bitmap.</summary>
    private static SKBitmap PinnedBitmap(uint[] pixels, int width, int height)
    {
        var pin = GCHandle.Alloc(pixels, GCHandleType.Pinned);
        var bitmap = new SKBitmap();
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        if (!bitmap.InstallPixels(info, pin.AddrOfPinnedObject(), width * sizeof(uint), (_, _) => pin.Free()))
        {
            pin.Free();
            bitmap.Dispose();
            throw new InvalidOperationException($"Skia refused a {width}×{height} RGBA bitmap.");
        }

        return bitmap;
    }
}
