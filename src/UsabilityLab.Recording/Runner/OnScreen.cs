using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>Whether a step's target is on screen now, as a simulated person looking at the page would tell.</summary>
internal static class OnScreen
{
    /// <summary>True when the first match of <paramref name="selector"/> is visible; false also when the page cannot
    /// answer the selector (a frame that is gone, a page navigating).</summary>
    public static async Task<bool> ShowsAsync(IPage page, string selector)
    {
        try
        {
            return await page.Locator(selector).First.IsVisibleAsync();
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }
}
