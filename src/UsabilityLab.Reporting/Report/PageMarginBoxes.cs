using System.Globalization;
using System.Text;

namespace UsabilityLab.Reporting.Report;

/// <summary>
/// The printed pages' running header and footer — the study name, "Page X of Y" — as CSS margin boxes
/// (<c>@page { @top-left { … } }</c>). Chromium lays them out with the pages themselves; its header and footer
/// templates instead load and script a small document for every page, which cost a 79-page report 0.5–1.3 s of
/// printing. Anyone printing the HTML report from a browser gets the same header and footer.
/// </summary>
internal static class PageMarginBoxes
{
    private const string Font = "font: 8px \"DejaVu Sans\", \"Liberation Sans\", Arial, sans-serif; color: #616e7c;";

    public static string Css(string studyName) =>
        "@page {\n" +
        $"  @top-left {{ content: {CssString(studyName)}; {Font} }}\n" +
        $"  @top-right {{ content: \"Usability test report\"; {Font} }}\n" +
        $"  @bottom-left {{ content: \"UsabilityLab report\"; {Font} }}\n" +
        $"  @bottom-right {{ content: \"Page \" counter(page) \" of \" counter(pages); {Font} }}\n" +
        "}";

    /// <summary>
    /// A quoted CSS string. Everything but letters, digits, spaces and plain punctuation is written as a hex escape,
    /// so no study name can end the string, the rule or the style element (<c>&lt;/style&gt;</c> becomes <c>\3C /style\3E </c>).
    /// </summary>
    internal static string CssString(string text)
    {
        var css = new StringBuilder("\"", text.Length + 2);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && (Rune.IsLetterOrDigit(rune) || " .,:;!?()_-+#&%'/".Contains((char)rune.Value, StringComparison.Ordinal)))
            {
                css.Append((char)rune.Value);
            }
            else
            {
                // The space ends the escape, so a following hex digit is not read as part of it.
                css.Append('\\').Append(rune.Value.ToString("X", CultureInfo.InvariantCulture)).Append(' ');
            }
        }

        return css.Append('"').ToString();
    }
}
