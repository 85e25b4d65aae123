using SkiaSharp;
using UsabilityLab.Core.Heatmaps;

namespace UsabilityLab.Reporting.Heatmaps;

/// <summary>
/// A scroll map as a layer over the page's picture: a transparent PNG one pixel per CSS px, each depth tinted by how
/// few participants saw it (as <see cref="ScrollMapRenderer"/> tints its picture), with the first screen's bottom edge
/// as a dashed red line.
/// </summary>
public static class ScrollLayer
{
    private static readonly SKColor Tint = new(17, 24, 39);

    /// <summary>The layer of <paramref name="curve"/> on a <paramref name="width"/> × <paramref name="height"/> page whose first screen ends at <paramref name="fold"/>.</summary>
    public static byte[] Png(ScrollDepthCurve curve, int width, int height, double fold, double maxOpacity = 0.75)
    {
        ArgumentNullException.ThrowIfNull(curve);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            using var band = new SKPaint { Style = SKPaintStyle.Fill };
            for (var y = 0; y < height; y += curve.Step)
            {
                var share = curve.ShareAt(y + (curve.Step / 2.0));
                // Areas few people saw get the strongest tint: that is where the message is lost.
                band.Color = Tint.WithAlpha((byte)Math.Round(255 * maxOpacity * (0.35 + (0.65 * (1 - share)))));
                canvas.DrawRect(0, y, width, curve.Step, band);
            }

            using var line = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = 2, Color = new SKColor(220, 38, 38), PathEffect = SKPathEffect.CreateDash([8, 6], 0) };
            canvas.DrawLine(0, (float)fold, width, (float)fold, line);
        }

        return ImageEncoding.Png(bitmap);
    }
}
