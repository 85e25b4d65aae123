using SkiaSharp;
using UsabilityLab.Recording.Runner;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// A page-like screenshot (header, text blocks, buttons) as the backdrop of synthetic pages and heatmaps, encoded as
/// the scripted runner stores its backdrops (JPEG at <see cref="BackdropPainter.JpegQuality"/>).
/// </summary>
internal static class SyntheticScreenshot
{
    public static (int Width, int Height) Size => (1280, 2600);

    public static byte[] Jpeg(int width = 1280, int height = 2600)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var header = new SKPaint { Color = new SKColor(0x1f, 0x2a, 0x44) };
        using var block = new SKPaint { Color = new SKColor(0xe4, 0xe7, 0xeb) };
        using var button = new SKPaint { Color = new SKColor(0x25, 0x63, 0xeb) };
        canvas.DrawRect(0, 0, width, 72, header);
        for (var y = 120; y < height - 80; y += 160)
        {
            canvas.DrawRect(40, y, width * 0.55f, 24, block);
            canvas.DrawRect(40, y + 36, width * 0.45f, 16, block);
            canvas.DrawRect(40, y + 62, width * 0.5f, 16, block);
            canvas.DrawRoundRect(width * 0.7f, y + 20, 160, 44, 8, 8, button);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, BackdropPainter.JpegQuality);
        return data.ToArray();
    }
}
