using System.Text;

namespace UsabilityLab.Core.Errors;

/// <summary>
/// Keeps a diagnostic on one readable line when it quotes what the user wrote: line breaks and other control characters
/// in the quoted value become visible escapes (<c>\n</c>), and a message made huge by a huge value keeps its start and
/// its end (where the hint is) around an ellipsis.
/// </summary>
internal static class OneLine
{
    /// <summary>Longest message kept whole; a value quoted from the input is rarely longer than a line of a file.</summary>
    public const int MaxLength = 400;

    public static string Of(string message)
    {
        var text = message.Any(char.IsControl) ? Escaped(message) : message;
        return text.Length <= MaxLength
            ? text
            : string.Concat(text.AsSpan(0, (MaxLength / 2) - 1), " … ", text.AsSpan(text.Length - (MaxLength / 2) + 2));
    }

    private static string Escaped(string message)
    {
        var text = new StringBuilder(message.Length + 8);
        foreach (var c in message)
        {
            text.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ when char.IsControl(c) => $@"\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }
}
