using System.Globalization;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// Checks the body of a <c>role=</c> selector: <c>NAME[attr=value]…</c> with a known ARIA role, known attributes and
/// values quoted, plain (letters, digits, <c>-_+.</c>) or <c>/regex/</c>, mirroring Playwright's role engine.
/// </summary>
internal static class RoleSelectorSyntax
{
    private static readonly string[] Attributes = ["checked", "disabled", "expanded", "include-hidden", "level", "name", "pressed", "selected"];

    public static string? FindProblem(string body)
    {
        var text = body.Trim();
        var pos = 0;
        var role = ReadPlain(text, ref pos, allowDot: false);
        if (role.Length == 0)
            return "role= needs an ARIA role first, e.g. role=button[name='Add to cart']";
        if (!AriaRoles.All.Contains(role))
        {
            var closest = Suggestions.Closest(role, AriaRoles.All);
            return closest is null
                ? $"unknown ARIA role '{role}'; use a role such as button, link, textbox, checkbox, combobox, heading or listitem"
                : $"unknown ARIA role '{role}'; did you mean '{closest}'?";
        }

        while (true)
        {
            SkipWhitespace(text, ref pos);
            if (pos >= text.Length)
                return null;
            if (text[pos] != '[')
                return $"unexpected '{text[pos..]}' after role '{role}'; attributes go in brackets, e.g. role={role}[name='…']";
            var problem = ReadAttribute(text, ref pos);
            if (problem is not null)
                return problem;
        }
    }

    private static string? ReadAttribute(string text, ref int pos)
    {
        pos++;
        SkipWhitespace(text, ref pos);
        var name = ReadPlain(text, ref pos, allowDot: false);
        if (name.Length == 0)
            return "'[' needs a role attribute, e.g. [name='Add to cart']";
        if (!Attributes.Contains(name))
            return $"unknown role attribute '{name}'" + Suggestions.Hint(name, Attributes, "role attributes are");

        SkipWhitespace(text, ref pos);
        if (pos < text.Length && text[pos] == ']')
        {
            pos++;
            return name is "name" or "level" ? $"[{name}] needs a value, e.g. [{name}={(name == "name" ? "'Add to cart'" : "2")}]" : null;
        }

        if (pos >= text.Length || text[pos] != '=')
            return $"role attribute '{name}' needs '=' and a value, e.g. [{name}={ExampleValue(name)}]";
        pos++;
        SkipWhitespace(text, ref pos);

        var value = ReadValue(text, ref pos, out var quoted, out var problem);
        if (problem is not null)
            return problem;
        SkipWhitespace(text, ref pos);
        if (pos >= text.Length || text[pos] != ']')
            return $"unexpected '{(pos < text.Length ? text[pos..] : "end")}' in [{name}=…]; quote values with spaces, e.g. [{name}='Running shoes']";
        pos++;
        return ValueProblem(name, value, quoted);
    }

    private static string ReadValue(string text, ref int pos, out bool quoted, out string? problem)
    {
        quoted = false;
        problem = null;
        if (pos < text.Length && text[pos] is '\'' or '"')
        {
            var quote = text[pos];
            var start = pos + 1;
            var i = start;
            while (i < text.Length && text[i] != quote)
                i += text[i] == '\\' ? 2 : 1;
            if (i >= text.Length)
            {
                problem = $"the quote {quote} is not closed; add a matching {quote}";
                return "";
            }

            quoted = true;
            pos = i + 1;
            SkipWhitespace(text, ref pos);
            if (pos < text.Length && text[pos] is 'i' or 'I' or 's' or 'S')
                pos++;
            return text[start..i];
        }

        if (pos < text.Length && text[pos] == '/')
        {
            var end = EndOfRegex(text, pos);
            if (end < 0)
            {
                problem = "the regular expression is not closed; end it with '/', e.g. [name=/add to cart/i]";
                return "";
            }

            var source = text[(pos + 1)..end];
            pos = end + 1;
            while (pos < text.Length && "dgimsuy".Contains(text[pos], StringComparison.Ordinal))
                pos++;
            problem = UrlPatternSyntax.RegexProblem(source);
            quoted = true;
            return source;
        }

        var value = ReadPlain(text, ref pos, allowDot: true);
        if (value.Length == 0)
            problem = "a role attribute needs a value after '=', e.g. [name='Add to cart']";
        return value;
    }

    private static string? ValueProblem(string name, string value, bool quoted) => name switch
    {
        "name" => null,
        "level" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _) && !quoted
            ? null
            : $"[level] must be a whole number, e.g. [level=2], got '{value}'",
        "checked" or "pressed" => value is "true" or "false" || value == "mixed"
            ? null
            : $"[{name}] must be true, false or \"mixed\", got '{value}'",
        _ => value is "true" or "false" && !quoted ? null : $"[{name}] must be true or false, got '{value}'",
    };

    private static string ExampleValue(string name) => name switch
    {
        "name" => "'Add to cart'",
        "level" => "2",
        _ => "true",
    };

    // The closing '/' of a JavaScript regex literal: not escaped and not inside a [character class].
    private static int EndOfRegex(string text, int open)
    {
        var inClass = false;
        for (var i = open + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
                i++;
            else if (c == '[')
                inClass = true;
            else if (c == ']' && inClass)
                inClass = false;
            else if (c == '/' && !inClass)
                return i;
        }

        return -1;
    }

    // Playwright's unquoted values: CSS name characters plus '+' and '.'.
    private static string ReadPlain(string text, ref int pos, bool allowDot)
    {
        var start = pos;
        while (pos < text.Length && (char.IsAsciiLetterOrDigit(text[pos]) || text[pos] is '-' or '_' || text[pos] >= '\u0080' || (allowDot && text[pos] is '+' or '.')))
            pos++;
        return text[start..pos];
    }

    private static void SkipWhitespace(string text, ref int pos)
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
            pos++;
    }
}
