using Microsoft.Playwright;
using UsabilityLab.Core.Personas;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Capture;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Recording.Tests.Support;

/// <summary>One step run as a persona would, on a page of its own (recorder attached), for tests of <see cref="StepExecutor"/>.</summary>
internal static class StepRig
{
    /// <summary>Opens <paramref name="path"/> on the demo site, served as <paramref name="html"/> when given.</summary>
    public static async Task<(IBrowserContext Context, IPage Page)> OpenAsync(BrowserFixture fixture, string path, string? html = null)
    {
        var context = await fixture.Browser.NewContextAsync();
        await new SessionRecorder(new MemoryJournal(), sessionId: 1, new ParticipantClock(), CapturePolicy.Default).AttachAsync(context);
        var url = fixture.Url(path).ToString();
        if (html is not null)
        {
            await context.RouteAsync(url, route => route.FulfillAsync(new() { ContentType = "text/html; charset=utf-8", Body = html }));
        }

        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        return (context, page);
    }

    public static async Task<StepResult> RunAsync(BrowserFixture fixture, IPage page, string persona, TaskStep step)
    {
        var task = new StudyTask("one-step", "One step", "Do one thing.", "/", TimeSpan.FromSeconds(60), [], [], [step]);
        var behavior = new PersonaBehavior(PersonaProfile.Find(persona)!, 7);
        using var effects = new PageEffects(page);
        var steps = new StepExecutor(page, DemoStudies.Create(fixture.Site.BaseUrl, task), task, behavior, new ParticipantClock(), fixture.Config, effects);
        return await steps.ExecuteAsync(step);
    }
}
