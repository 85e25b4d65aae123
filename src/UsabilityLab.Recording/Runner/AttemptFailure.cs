using Microsoft.Playwright;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Recording.Runner;

/// <summary>How an exception during an attempt ends it: every one ends that attempt, with its reason, and never the run.</summary>
internal static class AttemptFailure
{
    /// <summary>The outcome and reason for <paramref name="exception"/>.</summary>
    /// <param name="exception">What the attempt threw (cancellation of the run is handled before this).</param>
    /// <param name="trouble">Why the <see cref="AttemptGuard"/> closed the page, when it did: the page is at fault.</param>
    /// <param name="pageGone">The page crashed or was closed.</param>
    public static (AttemptOutcome Outcome, string Reason) From(Exception exception, string? trouble, bool pageGone) => exception switch
    {
        _ when trouble is not null => (AttemptOutcome.Failed, trouble),
        PlaywrightException ex when pageGone || IsTargetGone(ex) => (AttemptOutcome.Crashed, $"page or browser died: {FirstLine(ex.Message)}"),
        PlaywrightException ex => (AttemptOutcome.Error, $"browser error: {FirstLine(ex.Message)}"),
        TimeoutException ex => (AttemptOutcome.Error, $"the browser did not answer in time: {FirstLine(ex.Message)}"),
        // Not the page's doing and not the participant's: a fault of the lab itself, said as such so it is reported.
        _ => (AttemptOutcome.Error, $"lab error (please report it): {exception.GetType().Name}: {FirstLine(exception.Message)}"),
    };

    /// <summary>
    /// How an attempt ends whose browser is gone (a local Chromium that died, a browser server that stopped or became
    /// unreachable), whatever its steps made of that: crashed, saying which browser and, when known, Playwright's words.
    /// </summary>
    public static (AttemptOutcome Outcome, string Reason) BrowserLost(string browser, Exception? exception) =>
        (AttemptOutcome.Crashed, exception is null ? $"{browser} lost during the attempt" : $"{browser} lost: {FirstLine(exception.Message)}");

    /// <summary>
    /// Whether Playwright says the page, its context or the browser has gone (closed or crashed). Its own exception for
    /// that (<c>TargetClosedException</c>) is internal, and may carry the closer's reason (a browser server's "Browser
    /// closed") instead of its usual words: its name says it.
    /// </summary>
    public static bool IsTargetGone(PlaywrightException ex) =>
        ex.GetType().Name == "TargetClosedException"
        || ex.Message.Contains("crash", StringComparison.OrdinalIgnoreCase)
        || ex.Message.Contains("Target page, context or browser has been closed", StringComparison.Ordinal)
        || ex.Message.Contains("Target closed", StringComparison.Ordinal)
        || ex.Message.Contains("has been closed", StringComparison.Ordinal)
        || ex.Message.Contains("closed or crashed", StringComparison.Ordinal);

    /// <summary>The first line of a message (Playwright's carry a call log after it).</summary>
    public static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
