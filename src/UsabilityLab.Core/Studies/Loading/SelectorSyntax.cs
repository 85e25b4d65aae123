using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// A load-time, browser-free check of Playwright selector syntax, so a typo fails <c>validate</c> in a second instead
/// of a run minutes later. Parts are split on <c>&gt;&gt;</c> outside quotes; each part is <c>engine=body</c>
/// (<c>css</c>, <c>text</c>, <c>xpath</c>, <c>id</c>, <c>data-testid</c>, <c>role</c>, <c>nth</c>, <c>visible</c>,
/// <c>internal:*</c>…), a quoted string (text), <c>//…</c> or <c>..</c> (XPath), or else CSS — as Playwright decides.
/// </summary>
internal static partial class SelectorSyntax
{
    private static readonly string[] Engines =
        ["css", "css:light", "text", "xpath", "id", "data-testid", "data-test-id", "data-test", "role", "nth", "visible", "_react", "_vue"];

    /// <summary>Whether <paramref name="selector"/> is well-formed; otherwise a one-line problem with a hint.</summary>
    public static bool IsValid(string selector, [NotNullWhen(false)] out string? problem)
    {
        problem = FindProblem(selector);
        return problem is null;
    }

    private static string? FindProblem(string selector)
    {
        if (string.IsNullOrWhiteSpace(selector))
            return "the selector is empty";

        var parts = SplitChain(selector);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i].Trim();
            var problem = part.Length == 0 ? "'>>' needs a selector on both sides" : PartProblem(part);
            if (problem is not null)
                return parts.Count == 1 || part.Length == 0 ? problem : $"in \"{part}\": {problem}";
        }

        return null;
    }

    private static string? PartProblem(string part)
    {
        var (engine, body) = Classify(part);
        engine = engine.TrimStart('*'); // "*css=…" captures this part; the body is unchanged.
        if (engine.StartsWith("internal:", StringComparison.Ordinal))
            return Empty(body, engine);

        return engine switch
        {
            "css" or "css:light" => CssSelectorSyntax.FindProblem(body),
            "text" => TextProblem(body.Trim()),
            "xpath" => Empty(body, engine) ?? Brackets.FindProblem(body),
            "role" => RoleSelectorSyntax.FindProblem(body),
            "nth" => int.TryParse(body.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                ? null
                : $"nth= needs a whole number (0-based, -1 for the last), got '{body.Trim()}'",
            "visible" => body.Trim() is "true" or "false" ? null : $"visible= must be true or false, got '{body.Trim()}'",
            "id" or "data-testid" or "data-test-id" or "data-test" or "_react" or "_vue" => Empty(body, engine),
            _ => $"unknown selector engine '{engine}'" + Suggestions.Hint(engine, Engines, "engines are"),
        };
    }

    // Playwright's rule: "name=" where name is [a-zA-Z_0-9-+:*]+ picks an engine; otherwise quoted text, XPath or CSS.
    private static (string Engine, string Body) Classify(string part)
    {
        var eq = part.IndexOf('=', StringComparison.Ordinal);
        if (eq > 0 && EngineName().IsMatch(part[..eq].Trim()))
            return (part[..eq].Trim(), part[(eq + 1)..]);
        if (part.Length > 1 && part[0] is '"' or '\'' && part[^1] == part[0])
            return ("text", part);
        if (XPathStart().IsMatch(part) || part.StartsWith("..", StringComparison.Ordinal))
            return ("xpath", part);
        return ("css", part);
    }

    private static string? TextProblem(string body)
    {
        if (body.Length == 0)
            return "text= needs the text to find, e.g. text=\"Add to cart\"";
        if (body[0] is '"' or '\'')
        {
            var close = body.IndexOf(body[0], 1);
            while (close > 0 && body[close - 1] == '\\')
                close = body.IndexOf(body[0], close + 1);
            if (close < 0)
                return $"the quote {body[0]} is not closed; add a matching {body[0]}";
            var rest = body[(close + 1)..].Trim();
            return rest is "" or "i" or "s" or "I" or "S" ? null : $"unexpected '{rest}' after the quoted text; only i or s may follow it";
        }

        if (body[0] == '/' && body.LastIndexOf('/') > 0)
        {
            var end = body.LastIndexOf('/');
            var flags = body[(end + 1)..];
            if (flags.Any(f => !"dgimsuy".Contains(f, StringComparison.Ordinal)))
                return $"'{flags}' are not regular expression flags; use i, m, s, u or g";
            return UrlPatternSyntax.RegexProblem(body[1..end]);
        }

        return null;
    }

    private static string? Empty(string body, string engine) =>
        string.IsNullOrWhiteSpace(body) ? $"{engine}= needs a value after '='" : null;

    // Split at ">>" outside quotes, as Playwright does; an apostrophe inside unquoted text= ("text=It's") is not a quote.
    private static List<string> SplitChain(string selector)
    {
        var parts = new List<string>();
        var start = 0;
        var quote = '\0';
        for (var i = 0; i < selector.Length; i++)
        {
            var c = selector[i];
            if (c == '\\' && i + 1 < selector.Length)
                i++;
            else if (quote != '\0')
                quote = c == quote ? '\0' : quote;
            else if (c is '"' or '\'' or '`' && !UnquotedTextPrefix().IsMatch(selector[start..i]))
                quote = c;
            else if (c == '>' && i + 1 < selector.Length && selector[i + 1] == '>')
            {
                parts.Add(selector[start..i]);
                start = i + 2;
                i++;
            }
        }

        parts.Add(selector[start..]);
        return parts;
    }

    [GeneratedRegex(@"^[a-zA-Z_0-9\-+:*]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EngineName();

    [GeneratedRegex(@"^\(*//", RegexOptions.CultureInvariant)]
    private static partial Regex XPathStart();

    [GeneratedRegex(@"^\s*text\s*=.+$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex UnquotedTextPrefix();
}
