using SkiaSharp;
using UsabilityLab.Reporting.Heatmaps;

namespace UsabilityLab.Reporting.Tests.Heatmaps;

/// <summary>A region decoded alone must hold the same pixels as the same region cut from the whole decoded image.</summary>
public sealed class ImageRegionTests
{
    private const int JpegTolerance = 2;

    [Fact]
    public void Decode_MiddleOfALongJpegPage_SamePixelsAsTheWholeImageCut()
    {
        var encoded = Page(SKEncodedImageFormat.Jpeg);
        var region = new SKRectI(333, 1517, 333 + 520, 1517 + 200);

        using var alone = ImageRegion.Decode(encoded, region)!;
        using var whole = SKBitmap.Decode(encoded);
        using var cut = ImageRegion.Cut(whole, region)!;

        Assert.Equal((520, 200), (alone.Width, alone.Height));
        AssertSamePixels(cut, alone, JpegTolerance);
        // The region is where it should be: its first pixel is the page's pixel at the region's corner.
        AssertClose(whole.GetPixel(333, 1517), alone.GetPixel(0, 0), JpegTolerance);
    }

    [Fact]
    public void Decode_RegionPastTheEdges_IsClippedToTheImage()
    {
        using var alone = ImageRegion.Decode(Page(SKEncodedImageFormat.Jpeg), new SKRectI(1100, 2500, 1700, 2900))!;

        Assert.Equal((180, 100), (alone.Width, alone.Height));
    }

    [Fact]
    public void Decode_Png_NullSoTheCallerDecodesTheWholeImageOnce()
    {
        // Skia's PNG codec here cannot decode line by line; PageBackdrops then decodes and shares the whole screenshot.
        Assert.Null(ImageRegion.Decode(Page(SKEncodedImageFormat.Png), new SKRectI(0, 0, 10, 10)));
    }

    [Fact]
    public void Cut_RegionOfADecodedImage_ClippedCopy()
    {
        using var whole = SKBitmap.Decode(Page(SKEncodedImageFormat.Png));
        using var cut = ImageRegion.Cut(whole, new SKRectI(1200, 0, 1400, 16))!;

        Assert.Equal((80, 16), (cut.Width, cut.Height));
        Assert.Equal(whole.GetPixel(1208, 9), cut.GetPixel(8, 9));
    }

    [Fact]
    public void Decode_NotAnImage_Null()
    {
        Assert.Null(ImageRegion.Decode("not an image"u8.ToArray(), new SKRectI(0, 0, 10, 10)));
    }

    [Fact]
    public void DecodeScaledRows_BandAtFiveEighths_SamePixelsAsTheWholeImageScaled()
    {
        var encoded = Page(SKEncodedImageFormat.Jpeg);

        var (rows, first) = ImageRegion.DecodeScaledRows(encoded, 5, size => (size.Height / 3, 400))!.Value;
        using var band = rows;
        using var whole = SKBitmap.Decode(encoded);

        Assert.Equal((800, 400, 1625 / 3), (band.Width, band.Height, first));
        // Every 8×8 block of the page became a 5×5 block: compare block centres with the full-size page's.
        var compared = 0;
        for (var y = (7 - (first % 5)) % 5; y < band.Height; y += 25)
        {
            for (var x = 2; x < band.Width; x += 25)
            {
                var (blockX, blockY) = (x / 5, (first + y) / 5);
                AssertClose(whole.GetPixel((blockX * 8) + 4, (blockY * 8) + 4), band.GetPixel(x, y), 6);
                compared++;
            }
        }

        Assert.True(compared > 400, $"only {compared} blocks compared");
    }

    [Fact]
    public void DecodeScaledRows_Png_Null()
    {
        Assert.Null(ImageRegion.DecodeScaledRows(Page(SKEncodedImageFormat.Png), 5, size => (0, 10)));
    }

    /// <summary>A 1280×2600 page whose every 8×8 block differs (colour by position), so a shifted region cannot pass.</summary>
    private static byte[] Page(SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(1280, 2600);
        for (var y = 0; y < bitmap.Height; y += 8)
        {
            for (var x = 0; x < bitmap.Width; x += 8)
            {
                var color = new SKColor((byte)(x / 8 * 3), (byte)(y / 8 * 5), (byte)((x + y) / 8));
                for (var dy = 0; dy < 8; dy++)
                {
                    for (var dx = 0; dx < 8; dx++)
                    {
                        bitmap.SetPixel(x + dx, y + dy, color);
                    }
                }
            }
        }

        using var data = bitmap.Encode(format, 95);
        return data.ToArray();
    }

    private static void AssertSamePixels(SKBitmap expected, SKBitmap actual, int tolerance)
    {
        for (var y = 0; y < expected.Height; y += 7)
        {
            for (var x = 0; x < expected.Width; x += 7)
            {
                AssertClose(expected.GetPixel(x, y), actual.GetPixel(x, y), tolerance);
            }
        }
    }

    private static void AssertClose(SKColor expected, SKColor actual, int tolerance)
    {
        var off = Math.Max(Math.Abs(expected.Red - actual.Red), Math.Max(Math.Abs(expected.Green - actual.Green), Math.Abs(expected.Blue - actual.Blue)));
        Assert.True(off <= tolerance, $"expected {expected}, got {actual}");
    }
}
