using SkiaSharp;

namespace UsabilityLab.Reporting.Heatmaps;

/// <summary>
/// Encoders tuned for speed. Skia's default PNG settings (all five filters tried per row, zlib level 6) spend most of a
/// heatmap's time compressing; heat layers and screenshots are large flat areas that compress well at level 1.
/// </summary>
internal static class ImageEncoding
{
    // The Sub filter alone: flat runs become zeros for zlib at the price of one subtraction per byte.
    private static readonly SKPngEncoderOptions FastPng = new(SKPngEncoderFilterFlags.Sub, 1);

    /// <summary>JPEG quality of report images: no visible loss on a screenshot with a colour overlay, half the bytes of 92.</summary>
    public const int ReportJpegQuality = 80;

    public static byte[] Png(SKBitmap bitmap)
    {
        using var pixmap = bitmap.PeekPixels();
        return Png(pixmap);
    }

    public static byte[] Png(SKPixmap pixmap)
    {
        using var data = pixmap.Encode(FastPng) ?? throw new InvalidOperationException("Skia could not encode the PNG.");
        return data.ToArray();
    }

    public static byte[] Jpeg(SKPixmap pixmap, int quality = ReportJpegQuality)
    {
        using var data = pixmap.Encode(new SKJpegEncoderOptions(quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore))
            ?? throw new InvalidOperationException("Skia could not encode the JPEG.");
        return data.ToArray();
    }
}
