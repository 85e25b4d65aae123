using System.Text.RegularExpressions;

namespace UsabilityLab.Reporting.Report;

/// <summary>
/// How the report names an element for people: by what they see and what it is — "the “Apply” button", "the “Shoes”
/// link", "the search box", "the product photo" — never by a CSS path. The selector belongs in the detail tables only.
/// </summary>
public static partial class ElementNames
{
    /// <summary>The element in plain words.</summary>
    /// <param name="text">Its recorded text (visible text, a button's label, aria-label or alt).</param>
    /// <param name="selector">The recorder's selector (a role selector carries the role and the accessible name).</param>
    /// <param name="tag">Lower-case tag name, when recorded.</param>
    public static string Describe(string? text, string? selector, string? tag = null)
    {
        var role = selector is null ? null : RoleSelector().Match(selector) is { Success: true } m ? m : null;
        var kind = Kind(role?.Groups["role"].Value, tag);
        var name = Shorten(text) ?? Shorten(role?.Groups["name"].Value);
        if (name is not null)
        {
            return kind is null ? $"“{name}”" : $"the “{name}” {kind}";
        }

        var words = IdWords(selector);
        return (words, kind) switch
        {
            (not null, not null) when words.EndsWith(kind, StringComparison.Ordinal) => $"the {words}",
            (not null, not null) => $"the {words} {kind}",
            (not null, null) => $"the {words}",
            (null, not null) => $"an unnamed {kind}",
            _ => "an unnamed element",
        };
    }

    public static string Page(string? pageKey) => string.IsNullOrEmpty(pageKey) ? "the page" : pageKey == "/" ? "the home page" : pageKey;

    /// <summary>What a person would call the element, from its ARIA role or its tag; null for plain content.</summary>
    private static string? Kind(string? role, string? tag) => (role, tag) switch
    {
        ("button", _) or (null, "button") => "button",
        ("link", _) or (null, "a") => "link",
        ("textbox" or "searchbox", _) or (null, "input" or "textarea") => "box",
        ("combobox" or "listbox", _) or (null, "select") => "drop-down",
        ("checkbox" or "switch", _) => "checkbox",
        ("radio", _) => "option",
        ("tab", _) => "tab",
        ("menuitem", _) => "menu item",
        (null, "img" or "svg") => "image",
        _ => null,
    };

    /// <summary>Visible text with whitespace collapsed, cut at a word near 40 characters; null when empty.</summary>
    private static string? Shorten(string? text)
    {
        var clean = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length <= 40)
        {
            return clean.Length == 0 ? null : clean;
        }

        var cut = clean.LastIndexOf(' ', 36);
        return clean[..(cut > 10 ? cut : 36)] + "…";
    }

    /// <summary>A readable id becomes words ("#product-photo" → "product photo"); generated ids and CSS paths do not.</summary>
    private static string? IdWords(string? selector)
    {
        if (selector is null || IdSelector().Match(selector) is not { Success: true } id)
        {
            return null;
        }

        var words = WordBreaks().Replace(id.Groups["id"].Value, " ").Trim().ToLowerInvariant();
        return words.Length is > 0 and <= 30 && !words.Any(char.IsDigit) ? words : null;
    }

    [GeneratedRegex("""^role=(?<role>[a-z]+)(?:\[name=["'](?<name>.*)["']\])?$""", RegexOptions.CultureInvariant)]
    private static partial Regex RoleSelector();

    [GeneratedRegex(@"^#(?<id>[A-Za-z][\w-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IdSelector();

    // Hyphens, underscores and camelCase humps: "promoClose" and "promo-close" both read "promo close".
    [GeneratedRegex(@"[-_]+|(?<=[a-z])(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex WordBreaks();
}
