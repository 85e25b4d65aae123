using Microsoft.Playwright;
using UsabilityLab.Browser;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Capture;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.RealWorld;

/// <summary>
/// The recorder names an element the same for every participant, by what a person sees, on real apps: a web
/// component's inner button (open shadow root, slotted label), a search box by its placeholder, a toolbar button by
/// its aria-label, an editor's body inside its iframe. Each element is clicked in two fresh browsers; both recordings
/// must carry the same selector, and the selector must find the element again.
/// </summary>
[Collection(RealWorldCollection.Name)]
public sealed class ElementIdentityTests(RealWorldCorpus corpus)
{
    [Theory]
    [InlineData("shoelace", "#/", "role=button[name='Invite member']", "role=button[name=\"Invite member\"]", "Invite member")]
    [InlineData("docsify", "#/", "input[type='search']", "role=searchbox[name=\"Search the docs\"]", "Search the docs")]
    [InlineData("tinymce", "", "role=button[name='Bold']", "role=button[name=\"Bold\"]", "Bold")]
    [InlineData("swagger-ui", "", "#operations-pets-showPetById .opblock-summary-control", null, "Info for a specific pet")]
    public async Task Click_InTwoFreshBrowsers_SameSelectorThatFindsTheElement(string app, string route, string locator, string? expected, string text)
    {
        var first = await ClickAsync(app, route, locator);
        var second = await ClickAsync(app, route, locator);

        Assert.Equal(first.Click.Selector, second.Click.Selector);
        if (expected is not null)
        {
            Assert.Equal(expected, first.Click.Selector);
        }

        Assert.Contains(text, first.Click.Text ?? "", StringComparison.Ordinal);
        Assert.True(first.Matches >= 1, $"{first.Click.Selector} finds nothing");
        Assert.True(first.Interactive, $"{first.Click.Selector} was recorded as not interactive");
    }

    [Fact]
    public async Task Click_InAnEditorsIframe_NamedThroughTheFrameAndFoundAgain()
    {
        var recorded = await ClickAsync("tinymce", "", "iframe.tox-edit-area__iframe >> internal:control=enter-frame >> body");

        Assert.StartsWith("#body_ifr >> internal:control=enter-frame >> ", recorded.Click.Selector, StringComparison.Ordinal); // TinyMCE's iframe id
        Assert.Equal(1, recorded.Matches);
    }

    private async Task<(RecordedEvent Click, int Matches, bool Interactive)> ClickAsync(string app, string route, string locator)
    {
        var journal = new MemoryJournal();
        await using var browser = await LabBrowser.LaunchAsync(corpus.Config);
        var context = await browser.NewContextAsync();
        var recorder = new SessionRecorder(journal, sessionId: 1, new ParticipantClock(), CapturePolicy.Default);
        await recorder.AttachAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(corpus.AppUrl(app), route).ToString());
        var target = page.Locator(locator).First;
        // The click as the page's recorder sends it on its own, its element described once the app's handlers have run.
        var sent = recorder.NextAsync(e => e.Kind == EventKind.Click, "click");
        await target.ClickAsync(new() { Timeout = 15_000 });
        await sent;
        await recorder.DrainAllAsync(context);

        var click = Assert.Single(journal.Events, e => e.Kind == EventKind.Click);
        Assert.NotNull(click.Selector);
        var matches = await page.Locator(click.Selector).CountAsync();
        return (click, matches, click.Interactive == true);
    }
}
