namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// Quote- and escape-aware bracket matching shared by the CSS, XPath and chain checks. Quotes are <c>'</c> and
/// <c>"</c>; a backslash escapes the next character (CSS rules), which is harmless for XPath.
/// </summary>
internal static class Brackets
{
    /// <summary>The first unclosed quote or unbalanced <c>( ) [ ]</c>, described with a 1-based position; or <c>null</c>.</summary>
    public static string? FindProblem(string text)
    {
        var open = new Stack<int>();
        var quoteAt = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (quoteAt >= 0)
            {
                if (c == text[quoteAt])
                    quoteAt = -1;
                continue;
            }

            switch (c)
            {
                case '\'' or '"':
                    quoteAt = i;
                    break;
                case '(' or '[':
                    open.Push(i);
                    break;
                case ')' or ']':
                    var expected = c == ')' ? '(' : '[';
                    if (open.Count == 0)
                        return $"'{c}' at position {i + 1} has no matching '{expected}'";
                    var opener = open.Pop();
                    if (text[opener] != expected)
                        return $"'{text[opener]}' at position {opener + 1} is closed by '{c}'; close it with '{Closer(text[opener])}'";
                    break;
            }
        }

        if (quoteAt >= 0)
            return $"the quote {text[quoteAt]} at position {quoteAt + 1} is not closed; add a matching {text[quoteAt]}";
        if (open.Count > 0)
        {
            var opener = open.Pop();
            return $"'{text[opener]}' at position {opener + 1} is not closed; add '{Closer(text[opener])}'";
        }

        return null;
    }

    /// <summary>Index of the bracket closing the one at <paramref name="openIndex"/>, or -1 (call after <see cref="FindProblem"/>).</summary>
    public static int FindClosing(string text, int openIndex)
    {
        var depth = 0;
        var quote = '\0';
        for (var i = openIndex; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
                i++;
            else if (quote != '\0')
                quote = c == quote ? '\0' : quote;
            else if (c is '\'' or '"')
                quote = c;
            else if (c is '(' or '[')
                depth++;
            else if (c is ')' or ']' && --depth == 0)
                return i;
        }

        return -1;
    }

    /// <summary>Splits at <paramref name="separator"/> where it is outside quotes and brackets.</summary>
    public static List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var quote = '\0';
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
                i++;
            else if (quote != '\0')
                quote = c == quote ? '\0' : quote;
            else if (c is '\'' or '"')
                quote = c;
            else if (c is '(' or '[')
                depth++;
            else if (c is ')' or ']')
                depth--;
            else if (c == separator && depth == 0)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    private static char Closer(char opener) => opener == '(' ? ')' : ']';
}
