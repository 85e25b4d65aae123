using Microsoft.Playwright;
using UsabilityLab.Browser;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Capture;

namespace UsabilityLab.Recording.Tests.Support;

/// <summary>A page served from memory in a fresh browser context, recorded into a <see cref="MemoryJournal"/>.</summary>
/// <param name="Context">The context; the caller disposes it.</param>
/// <param name="Page">The opened page.</param>
/// <param name="Recorder">The recorder attached to the context.</param>
/// <param name="Journal">What the recorder wrote.</param>
internal sealed record RecordedPage(IBrowserContext Context, IPage Page, SessionRecorder Recorder, MemoryJournal Journal)
{
    /// <summary>Serves <paramref name="html"/> for every URL under <paramref name="origin"/>, attaches a recorder, opens the origin.</summary>
    /// <param name="browser">The test browser.</param>
    /// <param name="origin">Origin the page is served from, ending with a slash.</param>
    /// <param name="html">The page.</param>
    /// <param name="moreRoutes">Routes added after the page's (they take precedence), before the recorder attaches.</param>
    /// <param name="waitUntil">How far the first navigation waits (Playwright's default: load).</param>
    public static async Task<RecordedPage> OpenAsync(
        LabBrowser browser, string origin, string html, Func<IBrowserContext, Task>? moreRoutes = null, WaitUntilState? waitUntil = null)
    {
        var journal = new MemoryJournal();
        var context = await browser.NewContextAsync();
        await context.RouteAsync(origin + "**", route => route.FulfillAsync(new() { Status = 200, ContentType = "text/html; charset=utf-8", Body = html }));
        if (moreRoutes is not null)
        {
            await moreRoutes(context);
        }

        var recorder = new SessionRecorder(journal, sessionId: 1, new ParticipantClock(), CapturePolicy.Default);
        await recorder.AttachAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(origin, new() { WaitUntil = waitUntil });
        return new RecordedPage(context, page, recorder, journal);
    }
}
