using SkiaSharp;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Reporting.Report;

/// <summary>
/// Small screenshot crops around a signal's click, with the spot circled, so a reader sees the element without
/// opening anything. Screenshots are decoded once per page and reused.
/// </summary>
internal sealed class SignalCrops(IReadOnlyList<PageSnapshot> snapshots) : IDisposable
{
    private const int CropWidth = 520;
    private const int CropHeight = 200;
    private readonly Dictionary<PageLayout, SKBitmap?> _decoded = [];

    public string? Crop(PageLayout layout, double x, double y)
    {
        var bitmap = Decode(layout);
        if (bitmap is null)
        {
            return null;
        }

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

    public void Dispose()
    {
        foreach (var bitmap in _decoded.Values)
        {
            bitmap?.Dispose();
        }
    }

    private SKBitmap? Decode(PageLayout layout)
    {
        if (!_decoded.TryGetValue(layout, out var bitmap))
        {
            var snapshot = snapshots.FirstOrDefault(s => s.PageKey == layout.PageKey && s.ViewportWidth == layout.ViewportWidth);
            bitmap = snapshot is null ? null : SKBitmap.Decode(snapshot.Png);
            _decoded[layout] = bitmap;
        }

        return bitmap;
    }
}
