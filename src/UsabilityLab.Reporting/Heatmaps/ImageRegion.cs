using SkiaSharp;

namespace UsabilityLab.Reporting.Heatmaps;

/// <summary>
/// Decodes one rectangle of an encoded screenshot. A signal crop needs a few hundred rows of a page thousands of rows
/// long: Skia's JPEG scanline decoder (the runner's backdrops are JPEG) skips the rows above cheaply, converts only
/// the columns asked for and stops below. Its PNG codec here cannot decode line by line at all.
/// </summary>
internal static class ImageRegion
{
    /// <summary>
    /// The pixels of <paramref name="region"/> (clipped to the image); null when the bytes are not a JPEG this way
    /// can read: then the whole image has to be decoded.
    /// </summary>
    public static SKBitmap? Decode(byte[] encoded, SKRectI region) => WithJpeg(encoded, codec =>
    {
        var full = codec.Info;
        var clipped = SKRectI.Intersect(region, new SKRectI(0, 0, full.Width, full.Height));
        return clipped.IsEmpty
            ? null
            : Scanlines(codec, full.Size, new SKCodecOptions(new SKRectI(clipped.Left, 0, clipped.Right, full.Height)), clipped.Top, clipped.Width, clipped.Height);
    });

    /// <summary>
    /// Rows <paramref name="rowsAt"/> picks (counted at the scaled size, clipped to it) of a JPEG decoded at
    /// <paramref name="eighths"/>/8 of its size: libjpeg scales while it decodes, so a smaller size costs less.
    /// Null when the bytes are not a JPEG this way can read.
    /// </summary>
    public static (SKBitmap Rows, int First)? DecodeScaledRows(byte[] encoded, int eighths, Func<SKSizeI, (int First, int Count)> rowsAt)
    {
        var first = 0;
        var rows = WithJpeg(encoded, codec =>
        {
            var size = codec.GetScaledDimensions(eighths / 8f);
            var (top, count) = rowsAt(size);
            first = Math.Clamp(top, 0, size.Height - 1);
            return Scanlines(codec, size, new SKCodecOptions(), first, size.Width, Math.Clamp(count, 1, size.Height - first));
        });
        return rows is null ? null : (rows, first);
    }

    private static SKBitmap? WithJpeg(byte[] encoded, Func<SKCodec, SKBitmap?> read)
    {
        if (encoded is not [0xFF, 0xD8, ..])
        {
            return null; // not a JPEG (start-of-image marker)
        }

        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data);
        return codec is null ? null : read(codec);
    }

    /// <summary>Rows <paramref name="first"/>.. of an image of <paramref name="size"/>, <paramref name="width"/> columns
    /// wide (the options' subset), decoded line by line; null when the codec cannot.</summary>
    private static SKBitmap? Scanlines(SKCodec codec, SKSizeI size, SKCodecOptions options, int first, int width, int count)
    {
        var scanlines = new SKImageInfo(size.Width, size.Height, SKImageInfo.PlatformColorType, SKAlphaType.Premul);
        if (codec.StartScanlineDecode(scanlines, options) != SKCodecResult.Success || !codec.SkipScanlines(first))
        {
            return null;
        }

        var rows = new SKBitmap(new SKImageInfo(width, count, SKImageInfo.PlatformColorType, SKAlphaType.Premul));
        if (codec.GetScanlines(rows.GetPixels(), count, rows.RowBytes) == count)
        {
            return rows;
        }

        rows.Dispose();
        return null;
    }

    /// <summary>A copy of <paramref name="region"/> (clipped) of pixels decoded already.</summary>
    public static SKBitmap? Cut(SKBitmap bitmap, SKRectI region)
    {
        var clipped = SKRectI.Intersect(region, new SKRectI(0, 0, bitmap.Width, bitmap.Height));
        if (clipped.IsEmpty)
        {
            return null;
        }

        var result = new SKBitmap(new SKImageInfo(clipped.Width, clipped.Height, SKImageInfo.PlatformColorType, SKAlphaType.Premul));
        using var canvas = new SKCanvas(result);
        canvas.DrawBitmap(bitmap, clipped, new SKRect(0, 0, clipped.Width, clipped.Height));
        return result;
    }
}
