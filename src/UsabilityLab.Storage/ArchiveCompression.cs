using System.IO.Compression;
using System.Text;

namespace UsabilityLab.Storage;

/// <summary>Page archives are MHTML: text, with images as base64. Stored gzip-compressed (a third of the bytes or less).</summary>
internal static class ArchiveCompression
{
    public static byte[] Compress(string mhtml)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(mhtml));
        }

        return buffer.ToArray();
    }

    public static string Decompress(byte[] stored)
    {
        using var gzip = new GZipStream(new MemoryStream(stored), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
