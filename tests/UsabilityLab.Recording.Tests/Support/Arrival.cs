using Microsoft.Playwright;
using UsabilityLab.Recording.Runner;

namespace UsabilityLab.Recording.Tests.Support;

/// <summary>
/// Waits for a page to arrive at a URL and load it. Playwright's <c>WaitForURLAsync</c> waits for the load through
/// <c>WaitForLoadStateAsync</c>, which can miss it (see <see cref="PageLoad"/>): CI saw it run to its 30 s timeout
/// with only "NetworkIdle" heard, on a page that had loaded.
/// </summary>
internal static class Arrival
{
    private const int TimeoutMs = 30_000;

    /// <summary>Until the page's URL ends with <paramref name="urlEnd"/> (a whole URL matches itself) and it has loaded.</summary>
    public static async Task ArriveAtAsync(this IPage page, string urlEnd)
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == page.MainFrame && frame.Url.EndsWith(urlEnd, StringComparison.Ordinal))
            {
                arrived.TrySetResult();
            }
        }

        page.FrameNavigated += OnNavigated; // before looking, so a commit in between is heard
        try
        {
            if (!page.Url.EndsWith(urlEnd, StringComparison.Ordinal))
            {
                Assert.Same(arrived.Task, await Task.WhenAny(arrived.Task, Task.Delay(TimeoutMs)));
            }
        }
        finally
        {
            page.FrameNavigated -= OnNavigated;
        }

        Assert.True(await PageLoad.WaitAsync(page, TimeoutMs), $"{page.Url} did not load within {TimeoutMs / 1000} s");
    }
}
