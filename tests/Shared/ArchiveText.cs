using MimeKit;

namespace UsabilityLab.Tests.Shared;

/// <summary>The text parts of an MHTML archive, decoded (quoted-printable wraps lines, so a raw scan could miss a word).</summary>
internal static class ArchiveText
{
    public static string Of(string mhtml)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mhtml));
        return string.Join("\n", MimeMessage.Load(stream).BodyParts.OfType<TextPart>().Select(part => part.Text));
    }
}
