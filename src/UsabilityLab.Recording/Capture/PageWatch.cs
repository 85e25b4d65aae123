using Microsoft.Playwright;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Runner;

namespace UsabilityLab.Recording.Capture;

/// <summary>
/// What the browser tells about a page that the recorder inside it cannot see: console errors, uncaught exceptions,
/// failed requests and error responses, dialogs (answered at once by the task's policy, so none hangs the run) and
/// crashes. A page the lab itself uses (a hook's tab) is not heard.
/// </summary>
internal static class PageWatch
{
    /// <summary>Starts listening to <paramref name="page"/> for <paramref name="recorder"/> while <paramref name="heard"/> says so.</summary>
    public static void Attach(IPage page, SessionRecorder recorder, Func<bool> heard)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !EchoesARequest(message.Text) && heard())
            {
                recorder.Emit(EventKind.ConsoleError, SafeUrl(page), EventDetails.Trim(message.Text));
            }
        };
        page.PageError += (_, error) =>
        {
            if (heard())
            {
                recorder.Emit(EventKind.PageError, SafeUrl(page), EventDetails.Trim(error));
            }
        };
        page.RequestFailed += (_, request) =>
        {
            if (heard())
            {
                recorder.Emit(EventKind.RequestFailed, SafeUrl(page), EventDetails.Request(request, request.Failure));
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && heard())
            {
                recorder.Emit(EventKind.HttpError, SafeUrl(page), EventDetails.Request(response.Request, null), response.Status);
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            // A dialog left open would hang the run: answer it at once, as the task's policy says, and record how.
            var policy = recorder.Dialogs;
            if (heard())
            {
                recorder.Emit(EventKind.Dialog, SafeUrl(page), EventDetails.Trim($"{dialog.Type}: {dialog.Message} ({(policy == DialogPolicy.Accept ? "accepted" : "dismissed")})"));
            }

            try
            {
                await (policy == DialogPolicy.Accept ? dialog.AcceptAsync() : dialog.DismissAsync());
            }
            catch (PlaywrightException)
            {
                // The page went away while the dialog was open.
            }
        };
        page.Crash += (_, _) =>
        {
            if (!heard())
            {
                return;
            }

            recorder.PageCrashed = true;
            recorder.Emit(EventKind.Crash, SafeUrl(page), PageEnding.Why(page) is { } why ? $"page ended by the lab: {why}" : "page crashed");
        };
    }

    /// <summary>
    /// Chromium logs every failed or 4xx/5xx request once more as a console error ("Failed to load resource: …"); the
    /// request itself is recorded (with its URL, which the echo lacks), so the echo would count one error twice.
    /// </summary>
    private static bool EchoesARequest(string text) => text.StartsWith("Failed to load resource:", StringComparison.Ordinal);

    /// <summary>The page's URL, or empty once the page is gone.</summary>
    public static string SafeUrl(IPage page)
    {
        try
        {
            return page.Url;
        }
        catch (PlaywrightException)
        {
            return "";
        }
    }
}
