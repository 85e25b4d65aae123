using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>Waits for a page's current document to have loaded, without missing a load that lands while it asks.</summary>
internal static class PageLoad
{
    /// <summary>How long to wait for word of the load before asking the page itself (and again after each such wait).</summary>
    internal const int AskEveryMs = 1_000;

    /// <summary>
    /// True once the page's current document has loaded (at once when it has); false when it did not within
    /// <paramref name="timeoutMs"/> — a page that never finishes loading is still usable, so that is no error. Throws
    /// <see cref="PlaywrightException"/> when the page closes or crashes meanwhile. Its waits (the second, the
    /// timeout) run on <paramref name="time"/>, the system's clock when null.
    /// </summary>
    /// <remarks>
    /// Playwright .NET (1.64) answers <c>WaitForLoadStateAsync</c> by looking at the frame's load states and only then
    /// subscribing to the next one, with no lock against the thread that delivers them: a load that lands in between
    /// goes unheard and the wait runs to its timeout. Runs showed it as a 10 s stall on a page whose
    /// <c>document.readyState</c> was <c>complete</c> (2 of about 25 runs of the demo study). So the page's own
    /// <see cref="IPage.Load"/> event is subscribed before asking, and when neither has said anything for a second,
    /// the page is asked directly (never for longer than the timeout: a busy page may not answer).
    /// </remarks>
    public static async Task<bool> WaitAsync(IPage page, int timeoutMs, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage loadedPage) => loaded.TrySetResult();
        using var gone = new PageGone(page);
        page.Load += OnLoad;
        var asked = page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = timeoutMs });
        var deadline = Task.Delay(TimeSpan.FromMilliseconds(timeoutMs), time);
        try
        {
            var heard = Task.WhenAny(asked, loaded.Task, gone.Task);
            while (await Task.WhenAny(heard, deadline, Task.Delay(TimeSpan.FromMilliseconds(AskEveryMs), time)) is var first && first != heard)
            {
                if (first == deadline)
                {
                    return false;
                }

                var answer = CompleteAsync(page);
                if (await Task.WhenAny(answer, heard, deadline) == answer && await answer)
                {
                    return true;
                }

                answer.Forget();
            }

            var said = await heard;
            if (said == gone.Task)
            {
                throw new PlaywrightException("the page closed or crashed while loading");
            }

            await said; // Playwright's own wait: its timeout when the page never loaded
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
        finally
        {
            page.Load -= OnLoad;
            asked.Forget(); // may still time out later
        }
    }

    private static async Task<bool> CompleteAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<bool>("() => document.readyState === 'complete'");
        }
        catch (PlaywrightException ex) when (!AttemptFailure.IsTargetGone(ex))
        {
            return false; // navigating: the new document's load is still to come
        }
    }
}
