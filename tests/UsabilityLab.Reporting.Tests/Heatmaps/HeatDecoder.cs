using SkiaSharp;
using UsabilityLab.Reporting.Heatmaps;

namespace UsabilityLab.Reporting.Tests.Heatmaps;

/// <summary>
/// Reads the density back out of a rendered heatmap PNG: each pixel is the colour map at relative density t blended
/// over the screenshot with opacity α(t), so comparing it with a backdrop-only render tells t. The hottest region is
/// where the recovered t (averaged over a small window) is largest.
/// </summary>
internal static class HeatDecoder
{
    private const int Stride = 3;
    private const int Steps = 96;

    public static (double X, double Y) Hottest(HeatmapImage heat, HeatmapImage backdrop, double maxOpacity, int pageWidth, int pageHeight)
    {
        using var withHeat = SKBitmap.Decode(heat.Bytes);
        using var without = SKBitmap.Decode(backdrop.Bytes);
        var colormap = new ScottPlot.Colormaps.Turbo();
        var candidates = Enumerable.Range(0, Steps + 1).Select(i =>
        {
            var t = (double)i / Steps;
            var c = colormap.GetColor(t);
            return (T: t, A: ClickHeatmapRenderer.Opacity(t, maxOpacity), R: c.R, G: c.G, B: c.B);
        }).ToArray();

        var cols = pageWidth / Stride;
        var rows = pageHeight / Stride;
        var t = new double[rows, cols];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                var (px, py) = heat.ToPixel((c * Stride) + 1, (r * Stride) + 1);
                var seen = withHeat.GetPixel((int)px, (int)py);
                var under = without.GetPixel((int)px, (int)py);
                t[r, c] = candidates.MinBy(k => Distance(seen, under, k.A, k.R, k.G, k.B)).T;
            }
        }

        var best = (Value: -1.0, R: 0, C: 0);
        for (var r = 1; r < rows - 1; r++)
        {
            for (var c = 1; c < cols - 1; c++)
            {
                var sum = 0.0;
                for (var dr = -1; dr <= 1; dr++)
                {
                    for (var dc = -1; dc <= 1; dc++)
                    {
                        sum += t[r + dr, c + dc];
                    }
                }

                if (sum > best.Value)
                {
                    best = (sum, r, c);
                }
            }
        }

        return ((best.C * Stride) + 1, (best.R * Stride) + 1);
    }

    private static double Distance(SKColor seen, SKColor under, double alpha, byte r, byte g, byte b)
    {
        double Blend(byte over, byte below) => (alpha * over) + ((1 - alpha) * below);
        var dr = seen.Red - Blend(r, under.Red);
        var dg = seen.Green - Blend(g, under.Green);
        var db = seen.Blue - Blend(b, under.Blue);
        return (dr * dr) + (dg * dg) + (db * db);
    }
}
