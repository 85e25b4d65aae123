using SkiaSharp;

namespace UsabilityLab.Reporting.Heatmaps;

/// <summary>
/// Decodes one rectangle of an encoded screenshot. A signal crop needs a few hundred rows of a page thousands of rows
/// long: the scanline decoder skips the rows above (cheaply for JPEG, whose skip leaves out the colour transform) and
/// stops below, and where the codec can it converts only the columns asked for. JPEG (the runner's backdrops) can.
/// </summary>
internal static class ImageRegion
{
    /// <summary>
    /// The pixels of <paramref name="region"/> (clipped to the image); null when the bytes are not an image or their
    /// codec cannot decode line by line (Skia's PNG codec here): then the whole image has to be decoded.
    /// </summary>
    public static SKBitmap? Decode(byte[] encoded, SKRectI region)
    {
        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        var full = codec.Info;
        var clipped = SKRectI.Intersect(region, new SKRectI(0, 0, full.Width, full.Height));
        if (clipped.IsEmpty)
        {
            return null;
        }

        var scanlines = new SKImageInfo(full.Width, full.Height, SKImageInfo.PlatformColorType, SKAlphaType.Premul);
        var columns = new SKRectI(clipped.Left, 0, clipped.Right, full.Height);
        if (codec.StartScanlineDecode(scanlines, new SKCodecOptions(columns)) == SKCodecResult.Success)
        {
            return Rows(codec, clipped.Width, clipped, clipped.Left);
        }

        // The codec cannot cut columns: decode whole rows and keep the columns.
        return codec.StartScanlineDecode(scanlines) == SKCodecResult.Success ? Rows(codec, full.Width, clipped, 0) : null;
    }

    /// <summary>A copy of <paramref name="region"/> (clipped) of pixels decoded already.</summary>
    public static SKBitmap? Cut(SKBitmap bitmap, SKRectI region)
    {
        var clipped = SKRectI.Intersect(region, new SKRectI(0, 0, bitmap.Width, bitmap.Height));
        return clipped.IsEmpty ? null : Copy(bitmap, clipped, 0, 0);
    }

    private static SKBitmap? Rows(SKCodec codec, int rowWidth, SKRectI clipped, int left)
    {
        if (!codec.SkipScanlines(clipped.Top))
        {
            return null;
        }

        using var rows = new SKBitmap(new SKImageInfo(rowWidth, clipped.Height, SKImageInfo.PlatformColorType, SKAlphaType.Premul));
        var read = codec.GetScanlines(rows.GetPixels(), clipped.Height, rows.RowBytes);
        return read == clipped.Height ? Copy(rows, clipped, clipped.Top, left) : null;
    }

    /// <summary>Copies <paramref name="clipped"/> out of <paramref name="source"/>, whose first row is image row <paramref name="top"/> and first column image column <paramref name="left"/>.</summary>
    private static SKBitmap Copy(SKBitmap source, SKRectI clipped, int top, int left)
    {
        var result = new SKBitmap(new SKImageInfo(clipped.Width, clipped.Height, SKImageInfo.PlatformColorType, SKAlphaType.Premul));
        using var canvas = new SKCanvas(result);
        var from = new SKRectI(clipped.Left - left, clipped.Top - top, clipped.Right - left, clipped.Bottom - top);
        canvas.DrawBitmap(source, from, new SKRect(0, 0, clipped.Width, clipped.Height));
        return result;
    }
}
