namespace UsabilityLab.Reporting.Report;

/// <summary>How the report names an element in plain words: its visible text when short, else its selector.</summary>
internal static class ElementNames
{
    public static string Describe(string? text, string? selector)
    {
        var clean = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length is > 0 and <= 40)
        {
            return $"“{clean}”";
        }

        if (clean.Length > 40)
        {
            var cut = clean.LastIndexOf(' ', 36);
            return $"“{clean[..(cut > 10 ? cut : 36)]}…”";
        }

        return selector ?? "an element";
    }

    public static string Page(string? pageKey) => string.IsNullOrEmpty(pageKey) ? "the page" : pageKey == "/" ? "the home page" : pageKey;
}
