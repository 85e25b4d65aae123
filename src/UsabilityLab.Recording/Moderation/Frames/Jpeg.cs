using System.Buffers.Binary;

namespace UsabilityLab.Recording.Moderation.Frames;

/// <summary>Reads a JPEG's pixel size from its start-of-frame marker (no image library needed for two numbers).</summary>
internal static class Jpeg
{
    public static (int Width, int Height) Size(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            return (0, 0);
        }

        var i = 2;
        while (i + 9 < jpeg.Length)
        {
            if (jpeg[i] != 0xFF)
            {
                i++;
                continue;
            }

            var marker = jpeg[i + 1];
            // SOF0..SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(jpeg[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(jpeg[(i + 5)..]));
            }

            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg[(i + 2)..]);
        }

        return (0, 0);
    }
}
