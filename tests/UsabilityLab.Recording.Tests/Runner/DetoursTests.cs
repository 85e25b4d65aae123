using UsabilityLab.Core.Personas;
using UsabilityLab.Recording.Capture;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>A detour is the persona's own doing: whatever the step's target looks like, it never fails the attempt.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DetoursTests(BrowserFixture fixture)
{
    private const string Start = """
        <!doctype html><title>Pets</title>
        <section id="operations"><h2>Reserve a pet</h2><button>Execute</button></section>
        <p><a href="/adoptions">Adoptions</a></p>
        """;

    [Theory]
    [InlineData("#operations >> role=button[name='Execute']")] // a Playwright chain from an id (Swagger UI's study)
    [InlineData("#operations button:has-text('Execute')")] // CSS with a Playwright pseudo-class
    public async Task MaybeDetourAsync_TargetTheDomCannotRead_DetoursAndComesBack(string target)
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var requested = new List<string>();
        await page.RouteAsync("http://pets.test/**", async route =>
        {
            lock (requested)
            {
                requested.Add(new Uri(route.Request.Url).AbsolutePath);
            }

            var body = route.Request.Url.EndsWith("/adoptions", StringComparison.Ordinal) ? "<!doctype html><title>Adoptions</title><h1>Adoptions</h1>" : Start;
            await route.FulfillAsync(new() { ContentType = "text/html", Body = body });
        });
        await page.GotoAsync("http://pets.test/");
        using var effects = new PageEffects(page, TimeProvider.System);
        var detours = new Detours(page, new PersonaBehavior(PersonaProfile.Typical with { DetourProbability = 1 }, 3), new ParticipantClock(), effects, 10_000);

        await detours.MaybeDetourAsync("Reserve a pet", target);

        lock (requested)
        {
            Assert.Contains("/adoptions", requested);
        }

        Assert.Equal("http://pets.test/", page.Url);
    }

    [Theory]
    [InlineData("role=link[name='Adoptions']")] // a phone menu's link, as docsify-mobile's study names it
    [InlineData("text=Adoptions")]
    public async Task MaybeDetourAsync_OnlyLinkIsTheTarget_TakesNoDetour(string target)
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var requested = new List<string>();
        await page.RouteAsync("http://pets.test/**", async route =>
        {
            lock (requested)
            {
                requested.Add(new Uri(route.Request.Url).AbsolutePath);
            }

            await route.FulfillAsync(new() { ContentType = "text/html", Body = Start });
        });
        await page.GotoAsync("http://pets.test/");
        using var effects = new PageEffects(page, TimeProvider.System);
        var detours = new Detours(page, new PersonaBehavior(PersonaProfile.Typical with { DetourProbability = 1 }, 3), new ParticipantClock(), effects, 10_000);

        await detours.MaybeDetourAsync("Adopt a pet", target);

        // Following the target is the step itself, not a look elsewhere and back (which would close a phone's menu).
        lock (requested)
        {
            Assert.Equal(["/"], requested);
        }
    }
}
