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
    public static SKBitmap? Decode(byte[] encoded, SKRectI region)
    {
        if (encoded is not [0xFF, 0xD8, ..])
        {
            return null; // not a JPEG (start-of-image marker)
        }

        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        var full = codec.Info;
        var clipped = SKRectI.Intersect(region, new SKRectI(0, 0, full.Width, full.Height));
        var scanlines = new SKImageInfo(full.Width, full.Height, SKImageInfo.PlatformColorType, SKAlphaType.Premul);
        var columns = new SKCodecOptions(new SKRectI(clipped.Left, 0, clipped.Right, full.Height));
        if (clipped.IsEmpty || codec.StartScanlineDecode(scanlines, columns) != SKCodecResult.Success || !codec.SkipScanlines(clipped.Top))
        {
            return null;
        }

        var rows = new SKBitmap(new SKImageInfo(clipped.Width, clipped.Height, SKImageInfo.PlatformColorType, SKAlphaType.Premul));
        if (codec.GetScanlines(rows.GetPixels(), clipped.Height, rows.RowBytes) == clipped.Height)
        {
            return rows;
        }

        rows.Dispose();
        return null;
    }

    /// <summary>
    /// Rows <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> of a JPEG decoded at
    /// <paramref name="eighths"/>/8 of its size (libjpeg scales while it decodes, so a smaller size costs less), the rows
    /// counted at that size and clipped to it; null when the bytes are not a JPEG this way can read.
    /// </summary>
    public static (SKBitmap Rows, int First)? DecodeScaledRows(byte[] encoded, int eighths, Func<SKSizeI, (int First, int Count)> rowsAt)
    {
        if (encoded is not [0xFF, 0xD8, ..])
        {
            return null;
        }

        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        var size = codec.GetScaledDimensions(eighths / 8f);
        var (first, count) = rowsAt(size);
        first = Math.Clamp(first, 0, size.Height - 1);
        count = Math.Clamp(count, 1, size.Height - first);
        var scanlines = new SKImageInfo(size.Width, size.Height, SKImageInfo.PlatformColorType, SKAlphaType.Premul);
        if (codec.StartScanlineDecode(scanlines) != SKCodecResult.Success || !codec.SkipScanlines(first))
        {
            return null;
        }

        var rows = new SKBitmap(new SKImageInfo(size.Width, count, SKImageInfo.PlatformColorType, SKAlphaType.Premul));
        if (codec.GetScanlines(rows.GetPixels(), count, rows.RowBytes) == count)
        {
            return (rows, first);
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
