using UsabilityLab.Browser;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.RealWorld;

/// <summary>
/// Simulated people act once the page's motion has ended. Web components animate their own parts inside shadow roots,
/// which the document's list of animations leaves out: a persona that looked only there aimed at a Shoelace option
/// still fading out after its own stray click, and its click landed on the field beneath once the list was gone.
/// </summary>
[Collection(RealWorldCollection.Name)]
public sealed class AnimationsTests(RealWorldCorpus corpus)
{
    [Fact]
    public async Task Settled_AfterAStrayClickClosedAShoelaceDropdown_ItsOptionsAreGone()
    {
        await using var browser = await LabBrowser.LaunchAsync(corpus.Config);
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        await page.SetViewportSizeAsync(1280, 800);
        await page.GotoAsync(corpus.AppUrl("shoelace").ToString());
        await page.Locator("role=button[name='Invite member']").ClickAsync();
        await page.Locator("role=combobox[name='Role']").ClickAsync();
        var option = page.Locator("role=option[name='Editor']");
        await option.WaitForAsync();
        Assert.True(await Animations.SettledAsync(page)); // the list has finished opening
        var body = await page.Locator("#invite-dialog div.dialog__body").BoundingBoxAsync();

        // Beside the open list, inside the dialog: Shoelace closes the list on a press anywhere outside the select.
        await page.Mouse.ClickAsync(body!.X + body.Width - 10, body.Y + body.Height - 10);

        Assert.True(await Animations.SettledAsync(page));
        Assert.False(await option.IsVisibleAsync(), "the option was still on screen once the page was called settled");
    }
}
