using Microsoft.Playwright;

namespace UsabilityLab.Server.Tests.Support;

/// <summary>
/// Waits for the participant's page to be at a URL and loaded. The Recording tests do this with the runner's own
/// <c>UrlArrival</c> and <c>PageLoad</c>, which are internal to Recording; these tests have Playwright's public API
/// only. Its <c>WaitForURLAsync</c> and <c>WaitForLoadStateAsync</c> look at the page before they listen and can miss a
/// load that lands in between (CI saw a 30 s timeout on a loaded page), so the page is asked instead, until it says
/// so: a function polled in the page, which Playwright keeps polling across navigations.
/// </summary>
internal static class PageArrival
{
    private const int TimeoutMs = 30_000;

    /// <summary>Until the page's URL ends with <paramref name="urlEnd"/> (a whole URL matches itself) and its document has loaded.</summary>
    public static async Task ArriveAtAsync(this IPage page, string urlEnd)
    {
        try
        {
            await page.WaitForFunctionAsync(
                "end => location.href.endsWith(end) && document.readyState === 'complete'",
                urlEnd,
                new() { PollingInterval = 100, Timeout = TimeoutMs });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{page.Url} is not {urlEnd}, or did not load, after {TimeoutMs / 1000} s");
        }
    }
}
