namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// Walks one complex CSS selector (no top-level commas; brackets and quotes already known to balance) compound by
/// compound. It checks the shape the browser's parser insists on, not what the selector will match.
/// </summary>
internal sealed class CssScanner(string text, bool relative)
{
    private int pos;

    /// <summary>The first problem in the complex selector, or <c>null</c>.</summary>
    public string? Scan()
    {
        var atStart = true;
        char? pending = null;
        while (true)
        {
            SkipWhitespace();
            if (pos >= text.Length)
                break;
            var c = text[pos];
            if (c is '>' or '+' or '~')
            {
                // :has(> img) is relative, so a leading combinator is fine there and only there.
                if (atStart && !relative)
                    return $"\"{text}\" starts with the combinator '{c}'; put a selector before it, e.g. \"ul {c} li\"";
                if (pending is not null)
                    return $"\"{text}\" has two combinators in a row ('{pending} {c}'); remove one";
                pending = c;
                pos++;
                atStart = false;
                continue;
            }

            var problem = ReadCompound();
            if (problem is not null)
                return problem;
            pending = null;
            atStart = false;
        }

        return pending is null
            ? null
            : $"\"{text}\" ends with the combinator '{pending}'; add what it should match, e.g. \"{text} a\"";
    }

    /// <summary>Checks the inside of <c>[…]</c>: <c>name</c>, or <c>name op value</c> with an optional i/s flag.</summary>
    public string? ScanAttribute()
    {
        SkipWhitespace();
        var name = ReadIdent();
        if (name is null)
            return $"'[{text}]' needs an attribute name first, e.g. [name='q']";
        SkipWhitespace();
        if (pos == text.Length)
            return null;

        if (text[pos] == '=')
            pos++;
        else if (text[pos] is '~' or '|' or '^' or '$' or '*' && pos + 1 < text.Length && text[pos + 1] == '=')
            pos += 2;
        else
            return $"'[{text}]' has '{text[pos]}' where an operator belongs; use =, ~=, |=, ^=, $= or *=";

        SkipWhitespace();
        var valueStart = pos;
        var quoted = pos < text.Length && text[pos] is '\'' or '"';
        if (quoted)
            pos = EndOfQuoted(pos);
        else if (ReadIdent() is null)
            return pos == text.Length
                ? $"'[{text}]' has no value after the operator, e.g. [{name}='value']"
                : $"the value in '[{text}]' must be quoted, e.g. [{name}='{text[valueStart..].Trim()}']";

        SkipWhitespace();
        if (pos < text.Length && text[pos] is 'i' or 'I' or 's' or 'S')
        {
            pos++;
            SkipWhitespace();
        }

        if (pos == text.Length)
            return null;
        return quoted
            ? $"unexpected '{text[pos..]}' after the value in '[{text}]'; only i or s may follow a quoted value"
            : $"the value in '[{text}]' must be quoted, e.g. [{name}='{text[valueStart..].Trim()}']";
    }

    private string? ReadCompound()
    {
        if (text[pos] == '*')
            pos++;
        else if (ReadIdent() is null && text[pos] is not ('#' or '.' or '[' or ':'))
            return Unexpected();

        while (pos < text.Length)
        {
            var c = text[pos];
            if (char.IsWhiteSpace(c) || c is '>' or '+' or '~')
                return null;
            var problem = c switch
            {
                '#' => ReadNamed("an id, e.g. #search", "[id='{0}'] or id={0}"),
                '.' => ReadNamed("a class name, e.g. .button", "[class~='{0}']"),
                '[' => ReadBracket(),
                ':' => ReadPseudo(),
                _ => Unexpected(),
            };
            if (problem is not null)
                return problem;
        }

        return null;
    }

    private string? ReadNamed(string expected, string digitFix)
    {
        var prefix = text[pos++];
        if (pos < text.Length && char.IsAsciiDigit(text[pos]))
        {
            var name = text[pos..].Split(' ', '.', '#', '[', ':', '>', '+', '~')[0];
            return $"'{prefix}{name}' starts with a digit, which CSS does not allow; use {string.Format(System.Globalization.CultureInfo.InvariantCulture, digitFix, name)}";
        }

        return ReadIdent() is null ? $"'{prefix}' must be followed by {expected}" : null;
    }

    private string? ReadBracket()
    {
        var close = Brackets.FindClosing(text, pos);
        var inside = text[(pos + 1)..close];
        pos = close + 1;
        return new CssScanner(inside, false).ScanAttribute();
    }

    private string? ReadPseudo()
    {
        pos++;
        if (pos < text.Length && text[pos] == ':')
        {
            pos++;
            return $"the pseudo-element '::{ReadIdent()}' can't be matched or clicked; select the element itself";
        }

        var name = ReadIdent();
        if (name is null)
            return "':' must be followed by a pseudo-class, e.g. :visible";

        string? argument = null;
        if (pos < text.Length && text[pos] == '(')
        {
            var close = Brackets.FindClosing(text, pos);
            argument = text[(pos + 1)..close];
            pos = close + 1;
        }

        return CssSelectorSyntax.CheckPseudo(name, argument);
    }

    private string Unexpected() => text[pos] == '='
        ? $"unexpected '=' in \"{text}\"; engine prefixes are written like text=…, role=…, css=…"
        : $"unexpected '{text[pos]}' in \"{text}\"";

    private int EndOfQuoted(int open)
    {
        var quote = text[open];
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
                i++;
            else if (text[i] == quote)
                return i + 1;
        }

        return text.Length;
    }

    /// <summary>Reads a CSS identifier (with escapes); leaves the position alone and returns <c>null</c> when there is none.</summary>
    private string? ReadIdent()
    {
        var i = pos;
        if (i < text.Length && text[i] == '-')
            i++;
        if (i < text.Length && text[i] == '-')
            i++;
        else if (i >= text.Length || !(IsNameStart(text[i]) || text[i] == '\\'))
            return null;

        while (i < text.Length)
        {
            if (text[i] == '\\')
                i = EndOfEscape(i);
            else if (IsNameStart(text[i]) || char.IsAsciiDigit(text[i]) || text[i] == '-')
                i++;
            else
                break;
        }

        var ident = text[pos..i];
        pos = i;
        return ident;
    }

    // \31 followed by one optional space is a hex escape; anything else escapes exactly one character.
    private int EndOfEscape(int backslash)
    {
        var i = backslash + 1;
        if (i >= text.Length || !char.IsAsciiHexDigit(text[i]))
            return Math.Min(i + 1, text.Length);
        var start = i;
        while (i < text.Length && i - start < 6 && char.IsAsciiHexDigit(text[i]))
            i++;
        return i < text.Length && text[i] == ' ' ? i + 1 : i;
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_' || c >= '\u0080';

    private void SkipWhitespace()
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
            pos++;
    }
}
