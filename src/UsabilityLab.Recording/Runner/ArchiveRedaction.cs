using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Takes out of a page's archive what the participant typed before it is stored: every input's <c>value</c> attribute
/// and every textarea's text are emptied (a search page fills its box with the query from the URL; a script may copy a
/// typed value into the attribute), and the page's own address is masked as every stored URL is. The heatmap backdrop
/// painted from it shows the fields empty, which is all a heatmap needs.
/// </summary>
internal static partial class ArchiveRedaction
{
    private const string LocationHeader = "Snapshot-Content-Location";

    private static readonly FormatOptions CrLf = new() { NewLineFormat = NewLineFormat.Dos };

    /// <summary><paramref name="mhtml"/> without typed values, with the page's address masked by <paramref name="capture"/>.</summary>
    public static string Redact(string mhtml, CapturePolicy capture)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(mhtml));
        var archive = MimeMessage.Load(input);
        var pageUrl = archive.Headers[LocationHeader];
        if (pageUrl is not null)
        {
            archive.Headers[LocationHeader] = capture.MaskUrl(pageUrl);
        }

        foreach (var part in archive.BodyParts.OfType<TextPart>().Where(p => p.IsHtml))
        {
            if (part.ContentLocation is { } location && location.OriginalString == pageUrl)
            {
                part.ContentLocation = new Uri(capture.MaskUrl(pageUrl), UriKind.RelativeOrAbsolute);
            }

            var html = part.Text;
            var emptied = TextareaContent().Replace(InputValue().Replace(html, "$1"), "$1$2");
            if (emptied != html)
            {
                part.SetText(part.ContentType.Charset ?? "utf-8", emptied);
            }
        }

        using var output = new MemoryStream();
        archive.WriteTo(CrLf, output); // Chromium reads MHTML only with the CRLF line ends it wrote
        return Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length);
    }

    // Chromium serialises attributes double-quoted: the value attribute of an input, wherever it stands in the tag.
    [GeneratedRegex(@"(<input\b[^>]*?)\s+value=""[^""]*""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InputValue();

    [GeneratedRegex(@"(<textarea\b[^>]*>)[\s\S]*?(</textarea>)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TextareaContent();
}
