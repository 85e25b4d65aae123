using System.Text;

namespace UsabilityLab.Storage.Reading;

/// <summary>
/// Decodes UTF-8 column values, handing back the string decoded earlier when the same bytes come again. Recorded
/// events repeat a handful of URLs, selectors, tags and texts hundreds of thousands of times; comparing bytes is far
/// cheaper than decoding and keeping a new copy of each.
/// </summary>
/// <remarks>
/// Direct-mapped (one entry per slot, a collision replaces it), so memory stays bounded whatever the data: a value
/// that misses is simply decoded. Values longer than <see cref="MaxPooledBytes"/> are rarely repeated and are not kept.
/// </remarks>
internal sealed class Utf8StringPool
{
    private const int MaxPooledBytes = 512;
    private const int Slots = 1024; // a power of two, so a hash maps to a slot with a mask

    private readonly byte[]?[] _bytes = new byte[]?[Slots];
    private readonly string[] _strings = new string[Slots];

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length == 0)
        {
            return "";
        }

        if (utf8.Length > MaxPooledBytes)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        var hash = new HashCode();
        hash.AddBytes(utf8);
        var slot = hash.ToHashCode() & (Slots - 1);
        if (_bytes[slot] is { } known && utf8.SequenceEqual(known))
        {
            return _strings[slot];
        }

        var decoded = Encoding.UTF8.GetString(utf8);
        _bytes[slot] = utf8.ToArray();
        _strings[slot] = decoded;
        return decoded;
    }
}
