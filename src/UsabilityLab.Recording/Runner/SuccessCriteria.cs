using Microsoft.Playwright;
using UsabilityLab.Core.Pages;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Recording.Runner;

/// <summary>Checks a task's success criteria on the current page, without waiting (all must hold).</summary>
internal static class SuccessCriteria
{
    /// <summary>Null when every criterion holds, else a description of the first that does not.</summary>
    public static async Task<string?> FirstUnmetAsync(IPage page, IReadOnlyList<SuccessCriterion> criteria)
    {
        foreach (var criterion in criteria)
        {
            if (!await HoldsAsync(page, criterion))
            {
                return criterion switch
                {
                    UrlCriterion u => $"url {u.Pattern}",
                    TextCriterion t => $"text \"{t.Text}\"",
                    SelectorCriterion s => $"selector {s.Selector}",
                    _ => criterion.ToString(),
                };
            }
        }

        return null;
    }

    /// <summary>
    /// Whether every criterion holds, URL criteria first: they need no call to the page, and while one fails (the
    /// participant has not reached the page yet) the page is not asked about text or selectors at all.
    /// </summary>
    public static async Task<bool> AllHoldAsync(IPage page, IReadOnlyList<SuccessCriterion> criteria) =>
        await FirstUnmetAsync(page, [.. criteria.OrderBy(c => c is UrlCriterion ? 0 : 1)]) is null;

    private static async Task<bool> HoldsAsync(IPage page, SuccessCriterion criterion)
    {
        try
        {
            return criterion switch
            {
                UrlCriterion u => UrlPattern.IsMatch(u.Pattern, page.Url),
                TextCriterion t => await page.GetByText(t.Text).First.IsVisibleAsync(),
                SelectorCriterion s => await page.Locator(s.Selector).First.IsVisibleAsync(),
                _ => false,
            };
        }
        catch (PlaywrightException)
        {
            return false; // mid-navigation: not (yet) met
        }
    }
}
