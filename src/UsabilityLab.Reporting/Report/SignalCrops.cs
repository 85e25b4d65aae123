using SkiaSharp;
using UsabilityLab.Core.Heatmaps;

namespace UsabilityLab.Reporting.Report;

/// <summary>
/// Small screenshot crops around a signal's click, with the spot circled, so a reader sees the element without
/// opening anything. Screenshots come decoded from the report's shared <see cref="PageBackdrops"/>.
/// </summary>
internal sealed class SignalCrops(PageBackdrops backdrops)
{
    private const int CropWidth = 520;
    private const int CropHeight = 200;

    public string? Crop(PageLayout layout, double x, double y)
    {
        if (backdrops.For(layout) is not { } backdrop)
        {
            return null;
        }

        var bitmap = backdrop.Bitmap;
        var ratio = layout.ViewportWidth > 0 ? (double)bitmap.Width / layout.ViewportWidth : 1;
        var width = Math.Min(bitmap.Width, (int)(CropWidth * ratio));
        var height = Math.Min(bitmap.Height, (int)(CropHeight * ratio));
        var left = Math.Clamp((int)((x * ratio) - (width / 2)), 0, bitmap.Width - width);
        var top = Math.Clamp((int)((y * ratio) - (height / 2)), 0, bitmap.Height - height);

        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        var canvas = surface.Canvas;
        canvas.DrawBitmap(bitmap, new SKRect(left, top, left + width, top + height), new SKRect(0, 0, width, height));
        using var ring = new SKPaint { Color = new SKColor(220, 38, 38), Style = SKPaintStyle.Stroke, StrokeWidth = (float)(3 * ratio), IsAntialias = true };
        canvas.DrawCircle((float)((x * ratio) - left), (float)((y * ratio) - top), (float)(18 * ratio), ring);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 82);
        return "data:image/jpeg;base64," + Convert.ToBase64String(data.ToArray());
    }
}
