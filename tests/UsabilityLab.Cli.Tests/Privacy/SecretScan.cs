using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig;

namespace UsabilityLab.Cli.Tests.Privacy;

/// <summary>
/// Looks for secrets in every byte of files: as written, URL-encoded and form-encoded, inside every gzip stream found
/// anywhere in a file (page archives are stored compressed, and a dropped one may linger in free pages), quoted-printable
/// decoded (archives are MHTML), and in a PDF's text (its content streams are compressed).
/// </summary>
internal static class SecretScan
{
    /// <summary>"FILE: how found" for each secret found.</summary>
    public static List<string> Find(IEnumerable<string> files, IReadOnlyList<string> secrets)
    {
        var needles = secrets.SelectMany(Forms).Distinct(StringComparer.Ordinal).ToList();
        var hits = new List<string>();
        foreach (var file in files.Where(File.Exists))
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var (what, text) in Texts(file, bytes))
            {
                hits.AddRange(needles.Where(n => text.Contains(n, StringComparison.Ordinal)).Select(n => $"{file}: '{n}' {what}"));
            }
        }

        return hits;
    }

    /// <summary>Every way a typed value travels: as typed, in a URL, in a form post (spaces as '+').</summary>
    private static IEnumerable<string> Forms(string secret) =>
        [secret, Uri.EscapeDataString(secret), Uri.EscapeDataString(secret).Replace("%20", "+", StringComparison.Ordinal)];

    private static IEnumerable<(string What, string Text)> Texts(string file, byte[] bytes)
    {
        var raw = Encoding.Latin1.GetString(bytes);
        yield return ("in its bytes", raw);
        yield return ("in its bytes, quoted-printable decoded", QuotedPrintable(raw));
        for (var at = raw.IndexOf("\u001f\u008b\u0008", StringComparison.Ordinal); at >= 0; at = raw.IndexOf("\u001f\u008b\u0008", at + 1, StringComparison.Ordinal))
        {
            if (Gunzip(bytes, at) is { } unpacked)
            {
                yield return ($"in a gzip stream at byte {at}", unpacked);
                yield return ($"in a gzip stream at byte {at}, quoted-printable decoded", QuotedPrintable(unpacked));
            }
        }

        if (file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            using var pdf = PdfDocument.Open(bytes);
            yield return ("in its text", string.Join("\n", pdf.GetPages().Select(p => p.Text)));
        }
    }

    /// <summary>What decompresses from <paramref name="offset"/> (a stream cut short by a reused page still yields its start).</summary>
    private static string? Gunzip(byte[] bytes, int offset)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes, offset, bytes.Length - offset), CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            for (int read; (read = gzip.Read(buffer)) > 0;)
            {
                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            // Corrupt or cut short: keep what came out.
        }

        return output.Length == 0 ? null : Encoding.Latin1.GetString(output.ToArray());
    }

    private static string QuotedPrintable(string text)
    {
        var joined = text.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal);
        var decoded = new StringBuilder(joined.Length);
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
            {
                decoded.Append((char)Convert.ToInt32(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                decoded.Append(joined[i]);
            }
        }

        return decoded.ToString();
    }
}
