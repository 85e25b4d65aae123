using System.Buffers.Binary;

namespace UsabilityLab.Core.Files;

/// <summary>Width and height of an encoded PNG or JPEG (page pictures, screencast frames), read from its header: no
/// image decoder needed for two numbers.</summary>
public static class ImageSize
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The size in pixels; throws <see cref="FormatException"/> for anything but a PNG or baseline/progressive JPEG.</summary>
    public static (int Width, int Height) Read(ReadOnlySpan<byte> image)
    {
        if (image.StartsWith(PngSignature) && image.Length >= 24)
        {
            // The IHDR chunk follows the 8-byte signature: width and height are big-endian at offsets 16 and 20.
            return (BinaryPrimitives.ReadInt32BigEndian(image[16..]), BinaryPrimitives.ReadInt32BigEndian(image[20..]));
        }

        if (image.Length >= 4 && image[0] == 0xFF && image[1] == 0xD8)
        {
            return JpegSize(image);
        }

        throw new FormatException("not a PNG or JPEG image");
    }

    /// <summary>The size in pixels, or null for anything but a PNG or baseline/progressive JPEG.</summary>
    public static (int Width, int Height)? TryRead(ReadOnlySpan<byte> image)
    {
        try
        {
            return Read(image);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    // After SOI, segments are FF <marker> <big-endian length incl. itself> <payload>; a start-of-frame segment
    // (C0–CF except C4 DHT, C8 JPG, CC DAC) carries precision (1 byte), height and width (2 bytes each).
    private static (int Width, int Height) JpegSize(ReadOnlySpan<byte> jpeg)
    {
        var at = 2;
        while (at + 9 <= jpeg.Length)
        {
            if (jpeg[at] != 0xFF)
            {
                break;
            }

            var marker = jpeg[at + 1];
            if (marker == 0xFF)
            {
                at++; // fill byte
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 5)..]));
            }

            at += 2 + length;
        }

        throw new FormatException("JPEG without a start-of-frame segment");
    }
}
