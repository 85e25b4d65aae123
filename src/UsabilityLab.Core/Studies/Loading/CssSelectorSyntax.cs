using System.Globalization;
using System.Text.RegularExpressions;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// A syntactic check of CSS selectors with Playwright's extensions (<c>:has-text()</c>, <c>:text()</c>,
/// <c>:visible</c>, <c>:nth-match()</c>, …). No browser exists at load time, so this catches what the browser's
/// parser would reject: unbalanced quotes and brackets, empty list entries, dangling combinators, unknown
/// pseudo-classes and malformed arguments.
/// </summary>
internal static partial class CssSelectorSyntax
{
    /// <summary>The first problem in a selector list, or <c>null</c>; <paramref name="relative"/> allows a leading combinator (inside <c>:has()</c>).</summary>
    public static string? FindProblem(string css, bool relative = false)
    {
        if (string.IsNullOrWhiteSpace(css))
            return "the selector is empty";
        var brackets = Brackets.FindProblem(css);
        if (brackets is not null)
            return brackets;

        foreach (var complex in Brackets.SplitTopLevel(css, ','))
        {
            if (string.IsNullOrWhiteSpace(complex))
                return $"\"{css}\" has an empty entry between commas; remove the extra ','";
            var problem = new CssScanner(complex.Trim(), relative).Scan();
            if (problem is not null)
                return problem;
        }

        return null;
    }

    /// <summary>Checks a pseudo-class name and its argument (<c>null</c> when written without parentheses).</summary>
    public static string? CheckPseudo(string name, string? argument)
    {
        var key = name.ToLowerInvariant();
        if (!PseudoClasses.Known.TryGetValue(key, out var kind))
        {
            var closest = Suggestions.Closest(key, PseudoClasses.Known.Keys);
            return closest is null
                ? $"unknown pseudo-class ':{name}'; check the spelling (e.g. :visible, :has-text('Buy'), :nth-child(2))"
                : $"unknown pseudo-class ':{name}'; did you mean ':{closest}'?";
        }

        if (kind is PseudoArgument.None)
            return argument is null ? null : $"':{name}' takes no argument; remove '({argument})'";
        if (kind is PseudoArgument.Optional)
            return null;
        if (string.IsNullOrWhiteSpace(argument))
            return $"':{name}' needs an argument, e.g. {Example(kind, key)}";

        var problem = kind switch
        {
            PseudoArgument.Selector => FindProblem(argument),
            PseudoArgument.RelativeSelector => FindProblem(argument, relative: true),
            PseudoArgument.Text => TextArgumentProblem(argument),
            PseudoArgument.Nth => NthProblem(argument),
            PseudoArgument.NthMatch => NthMatchProblem(argument),
            _ => null,
        };
        return problem is null ? null : $"in ':{name}({argument})': {problem}";
    }

    private static string Example(PseudoArgument kind, string name) => kind switch
    {
        PseudoArgument.Selector => $":{name}(.hidden)",
        PseudoArgument.RelativeSelector => ":has(> img)",
        PseudoArgument.Text => $":{name}('Add to cart')",
        PseudoArgument.Nth => $":{name}(2n+1)",
        PseudoArgument.NthMatch => ":nth-match(.item, 2)",
        _ => $":{name}(…)",
    };

    private static string? TextArgumentProblem(string argument)
    {
        var text = argument.Trim();
        if (text[0] is not ('\'' or '"'))
            return null;
        var close = text.IndexOf(text[0], 1);
        while (close > 0 && text[close - 1] == '\\')
            close = text.IndexOf(text[0], close + 1);
        return close == text.Length - 1 ? null : $"unexpected text after the quoted string; write one string, e.g. ('Add to cart')";
    }

    private static string? NthProblem(string argument)
    {
        var match = NthPattern().Match(argument);
        if (!match.Success)
            return "expected An+B, e.g. 2, odd, even or 2n+1";
        return match.Groups["of"].Success ? FindProblem(match.Groups["of"].Value) : null;
    }

    private static string? NthMatchProblem(string argument)
    {
        var parts = Brackets.SplitTopLevel(argument, ',');
        var index = parts[^1].Trim();
        if (parts.Count < 2 || !int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            return "expected a selector and a 1-based index, e.g. :nth-match(.item, 2)";
        return FindProblem(string.Join(',', parts.Take(parts.Count - 1)));
    }

    [GeneratedRegex(@"^\s*(?:odd|even|[+-]?[0-9]*n(?:\s*[+-]\s*[0-9]+)?|[+-]?[0-9]+)(?:\s+of\s+(?<of>.+?))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NthPattern();
}
