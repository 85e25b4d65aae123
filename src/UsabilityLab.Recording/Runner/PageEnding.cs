using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Ends a page that traps the participant, for certain. Closing alone is not enough: Chromium can leave the close of a
/// page in a redirect loop pending for a minute while the loop goes on (seen in 1 of 3 tries). The page's renderer is
/// ended first (DevTools' <c>Page.crash</c>, which Chromium carries out at once), then the page is closed.
/// </summary>
internal static class PageEnding
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private static readonly ConditionalWeakTable<IPage, string> Ended = new();

    /// <summary>Why the lab ended <paramref name="page"/>, when it did (so its crash is not told as the site's).</summary>
    public static string? Why(IPage page) => Ended.TryGetValue(page, out var why) ? why : null;

    /// <summary>Ends <paramref name="page"/>; every call pending on it fails soon after. Never throws.</summary>
    public static async Task EndAsync(IPage page, string why)
    {
        Ended.AddOrUpdate(page, why);
        using var gone = new PageGone(page);
        try
        {
            var session = await PageArchiver.SessionOf(page).WaitAsync(Patience);
            session.SendAsync("Page.crash").Forget(); // never answered: the renderer it would answer from is gone
            await gone.Task.WaitAsync(Patience);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // Closing below still ends it in most cases.
        }

        try
        {
            await page.CloseAsync(new() { RunBeforeUnload = false }).WaitAsync(Patience);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // Already gone with its renderer.
        }
    }
}
