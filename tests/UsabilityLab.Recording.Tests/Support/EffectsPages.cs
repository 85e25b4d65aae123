using Microsoft.Playwright;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Capture;
using UsabilityLab.Recording.Runner;

namespace UsabilityLab.Recording.Tests.Support;

/// <summary>A demo-shop page with the recorder attached and a <see cref="PageEffects"/> watching it, in a context of its own.</summary>
internal static class EffectsPages
{
    public static async Task<(IBrowserContext Context, IPage Page, PageEffects Effects)> OpenAsync(BrowserFixture fixture, string path)
    {
        var context = await fixture.Browser.NewContextAsync();
        await new SessionRecorder(new MemoryJournal(), sessionId: 1, new ParticipantClock(), CapturePolicy.Default).AttachAsync(context);
        var page = await context.NewPageAsync();
        var effects = new PageEffects(page);
        await page.GotoAsync(fixture.Url(path).ToString());
        return (context, page, effects);
    }
}
