using Microsoft.Playwright;
using UsabilityLab.Recording.Runner;

namespace UsabilityLab.Recording.Tests.Support;

/// <summary>
/// Waits for a page to arrive at a URL (<see cref="UrlArrival"/>) and load it. Playwright's <c>WaitForURLAsync</c> waits
/// for the load through <c>WaitForLoadStateAsync</c>, which can miss it (see <see cref="PageLoad"/>): CI saw it run to
/// its 30 s timeout with only "NetworkIdle" heard, on a page that had loaded.
/// </summary>
internal static class Arrival
{
    private const int TimeoutMs = 30_000;

    /// <summary>Until the page's URL ends with <paramref name="urlEnd"/> (a whole URL matches itself) and it has loaded.</summary>
    public static async Task ArriveAtAsync(this IPage page, string urlEnd)
    {
        Assert.True(await UrlArrival.ReachedAsync(page, url => url.EndsWith(urlEnd, StringComparison.Ordinal), TimeoutMs), $"{page.Url} is not {urlEnd} after {TimeoutMs / 1000} s");
        Assert.True(await PageLoad.WaitAsync(page, TimeoutMs), $"{page.Url} did not load within {TimeoutMs / 1000} s");
    }
}
