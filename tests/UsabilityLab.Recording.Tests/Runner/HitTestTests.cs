using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>A persona's click counts as on its target only where the browser would deliver it there.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HitTestTests(BrowserFixture fixture)
{
    [Fact]
    public async Task LandsOnAsync_PointOnTheLinkThatTheHeadingAroundItReceives_IsAMiss()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        // The browser gives a click here to the heading (as it does in a line's leading beside a link's glyphs).
        await page.SetContentAsync("""<h2 id="title"><a href="#next" style="pointer-events: none">Headlamp</a></h2>""");
        var link = page.Locator("role=link[name='Headlamp']");
        var box = (await link.BoundingBoxAsync())!;
        var (x, y) = (box.X + (box.Width / 2), box.Y + (box.Height / 2));

        var lands = await HitTest.LandsOnAsync(link, x, y);
        await page.Mouse.ClickAsync((float)x, (float)y);

        Assert.False(lands);
        Assert.DoesNotContain("#next", page.Url, StringComparison.Ordinal); // the browser agrees: the link was not followed
    }

    [Fact]
    public async Task LandsOnAsync_PointOnTheLink_IsAHit()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("""<h2 id="title"><a href="#next">Headlamp</a></h2>""");
        var link = page.Locator("role=link[name='Headlamp']");
        var box = (await link.BoundingBoxAsync())!;

        Assert.True(await HitTest.LandsOnAsync(link, box.X + (box.Width / 2), box.Y + (box.Height / 2)));
    }
}
