using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Waits for a page's main frame to be at, or commit to, a URL. Playwright's <c>WaitForURLAsync</c> looks at the URL
/// and only then listens for navigations, the same gap as in <see cref="PageLoad"/>: a commit landing in between would
/// go unheard. Here the listening starts first.
/// </summary>
internal static class UrlArrival
{
    /// <summary>True when the page's URL matches now or a main-frame commit to a matching URL comes within
    /// <paramref name="timeoutMs"/>; throws <see cref="PlaywrightException"/> when the page closes or crashes meanwhile.</summary>
    public static async Task<bool> ReachedAsync(IPage page, Func<string, bool> matches, int timeoutMs)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == page.MainFrame && matches(frame.Url))
            {
                reached.TrySetResult();
            }
        }

        using var gone = new PageGone(page);
        page.FrameNavigated += OnNavigated;
        try
        {
            if (matches(page.Url))
            {
                return true;
            }

            var first = await Task.WhenAny(reached.Task, gone.Task, Task.Delay(timeoutMs));
            return first == gone.Task ? throw new PlaywrightException("the page closed or crashed") : first == reached.Task;
        }
        finally
        {
            page.FrameNavigated -= OnNavigated;
        }
    }
}
