namespace UsabilityLab.Core.Studies.Loading;

/// <summary>What goes between the parentheses of a pseudo-class.</summary>
internal enum PseudoArgument
{
    /// <summary>No parentheses: <c>:visible</c>.</summary>
    None,

    /// <summary>Parentheses optional: <c>:host</c> / <c>:host(.dark)</c>.</summary>
    Optional,

    /// <summary>A selector list, e.g. <c>:not(.hidden)</c>.</summary>
    Selector,

    /// <summary>A relative selector list, e.g. <c>:has(&gt; img)</c>.</summary>
    RelativeSelector,

    /// <summary>Text, quoted or plain, e.g. <c>:has-text('Buy')</c>.</summary>
    Text,

    /// <summary>An <c>An+B</c> expression, e.g. <c>:nth-child(2n+1)</c>.</summary>
    Nth,

    /// <summary>A selector and a 1-based index: <c>:nth-match(.item, 2)</c>.</summary>
    NthMatch,

    /// <summary>Anything non-empty (language codes, regex strings, layout selectors).</summary>
    Other,
}

/// <summary>
/// The pseudo-classes Chromium's <c>querySelectorAll</c> and Playwright's CSS extensions accept. An unknown name
/// makes the browser throw at run time, so catching a typo here saves a whole run.
/// </summary>
internal static class PseudoClasses
{
    public static IReadOnlyDictionary<string, PseudoArgument> Known { get; } = Build();

    private static Dictionary<string, PseudoArgument> Build()
    {
        var known = new Dictionary<string, PseudoArgument>(StringComparer.Ordinal);
        string[] plain =
        [
            "active", "any-link", "autofill", "blank", "buffering", "checked", "default", "defined", "disabled", "empty",
            "enabled", "first-child", "first-of-type", "focus", "focus-visible", "focus-within", "fullscreen", "hover",
            "in-range", "indeterminate", "invalid", "last-child", "last-of-type", "link", "modal", "muted", "only-child",
            "only-of-type", "open", "optional", "out-of-range", "paused", "picture-in-picture", "placeholder-shown",
            "playing", "popover-open", "read-only", "read-write", "required", "root", "scope", "seeking", "stalled",
            "target", "user-invalid", "user-valid", "valid", "visited", "visible", "volume-locked",
        ];
        foreach (var name in plain)
            known[name] = PseudoArgument.None;

        known["host"] = PseudoArgument.Optional;
        foreach (var name in (string[])["not", "is", "where", "light"])
            known[name] = PseudoArgument.Selector;
        known["has"] = PseudoArgument.RelativeSelector;
        foreach (var name in (string[])["has-text", "text", "text-is"])
            known[name] = PseudoArgument.Text;
        foreach (var name in (string[])["nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type"])
            known[name] = PseudoArgument.Nth;
        known["nth-match"] = PseudoArgument.NthMatch;
        foreach (var name in (string[])["text-matches", "lang", "dir", "state", "host-context", "left-of", "right-of", "above", "below", "near"])
            known[name] = PseudoArgument.Other;
        return known;
    }
}
