using SkiaSharp;
using UsabilityLab.Core.Heatmaps;

namespace UsabilityLab.Reporting.Report;

/// <summary>
/// Small screenshot crops around a signal's click, with the spot circled, so a reader sees the element without
/// opening anything. Only the crop's rectangle is decoded, unless a heatmap has decoded the page already (<see cref="PageBackdrops"/>).
/// </summary>
internal sealed class SignalCrops(PageBackdrops backdrops)
{
    private const int CropWidth = 520;
    private const int CropHeight = 200;

    /// <summary>A crop of <paramref name="layout"/>'s picture of view <paramref name="state"/> around (x, y), as a data URI.</summary>
    public string? Crop(PageLayout layout, double x, double y, string state = "")
    {
        if (backdrops.Size(layout, state) is not { } size)
        {
            return null;
        }

        var ratio = layout.ViewportWidth > 0 ? (double)size.Width / layout.ViewportWidth : 1;
        var width = Math.Min(size.Width, (int)(CropWidth * ratio));
        var height = Math.Min(size.Height, (int)(CropHeight * ratio));
        var left = Math.Clamp((int)((x * ratio) - (width / 2)), 0, size.Width - width);
        var top = Math.Clamp((int)((y * ratio) - (height / 2)), 0, size.Height - height);
        using var region = backdrops.Region(layout, new SKRectI(left, top, left + width, top + height), state);
        if (region is null)
        {
            return null;
        }

        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.DrawBitmap(region, 0, 0);
        using var ring = new SKPaint { Color = new SKColor(220, 38, 38), Style = SKPaintStyle.Stroke, StrokeWidth = (float)(3 * ratio), IsAntialias = true };
        canvas.DrawCircle((float)((x * ratio) - left), (float)((y * ratio) - top), (float)(18 * ratio), ring);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 82);
        return "data:image/jpeg;base64," + Convert.ToBase64String(data.ToArray());
    }
}
