using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Whether a participant's browser is gone: a local Chromium that died, a browser server that stopped or became
/// unreachable. What an attempt's steps made of that (an aborted navigation, a closed target, a missing selector) is not
/// the page's doing.
/// </summary>
internal static class BrowserLoss
{
    /// <summary>
    /// The longest a check waits for the browser to answer, or to say that it is gone. A browser server that stops
    /// aborts the page's navigation, then closes its pages, then its connection: Playwright reports the first before the
    /// last, within milliseconds.
    /// </summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    /// <summary>Whether the browser the page is in has disconnected.</summary>
    public static bool IsLost(IPage page) => page.Context.Browser is { IsConnected: false };

    /// <summary>
    /// Asks the browser (not the page, which may be busy) for the context's cookies: an answer means it is there. A
    /// browser that does not answer is given the rest of <see cref="Patience"/> to disconnect; whether it did decides.
    /// </summary>
    public static async Task<bool> CheckAsync(IPage page, TimeProvider time)
    {
        if (page.Context.Browser is not { } browser || !browser.IsConnected)
        {
            return IsLost(page);
        }

        var gone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnDisconnected(object? sender, IBrowser disconnected) => gone.TrySetResult();
        browser.Disconnected += OnDisconnected;
        using var patience = new CancellationTokenSource(Patience, time);
        var runOut = Task.Delay(Timeout.InfiniteTimeSpan, patience.Token);
        try
        {
            var answer = AnswersAsync(page.Context);
            if (await Task.WhenAny(answer, gone.Task, runOut) == answer && await answer)
            {
                return !browser.IsConnected;
            }

            await Task.WhenAny(gone.Task, runOut);
            return !browser.IsConnected;
        }
        finally
        {
            browser.Disconnected -= OnDisconnected;
        }
    }

    private static async Task<bool> AnswersAsync(IBrowserContext context)
    {
        try
        {
            await context.CookiesAsync();
            return true;
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }
}
