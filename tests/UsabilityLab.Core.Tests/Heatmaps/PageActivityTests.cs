using UsabilityLab.Core.Events;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Core.Tests.Heatmaps;

public class PageActivityTests
{
    private static RecordedEvent Click(string url, double x, double y, int width = 1280, string selector = "#buy", long session = 1) =>
        new() { Kind = EventKind.Click, Url = url, X = x, Y = y, ViewportWidth = width, Selector = selector, SessionId = session, BoxX = x - 5, BoxY = y - 5, BoxWidth = 10, BoxHeight = 10 };

    [Fact]
    public void Group_SameUrlDifferentWidths_NeverMixesLayouts()
    {
        var groups = PageActivityGrouping.Group(
        [
            Click("http://a.test/cart?x=1", 10, 10),
            Click("http://b.test:81/cart#top", 20, 20),
            Click("http://a.test/cart", 30, 30, width: 390),
        ]);

        Assert.Equal(2, groups.Count);
        Assert.Equal(new PageLayout("/cart", 1280), groups[0].Layout);
        Assert.Equal(2, groups[0].Clicks.Count);
        Assert.Equal(new PageLayout("/cart", 390), groups[1].Layout);
    }

    [Fact]
    public void Group_KeyboardClickAtOrigin_IsExcluded()
    {
        var keyboard = Click("http://a.test/", 0, 0) with { BoxX = 800, BoxY = 15, BoxWidth = 90, BoxHeight = 40 };

        var groups = PageActivityGrouping.Group([keyboard, Click("http://a.test/", 50, 60)]);

        Assert.Single(groups[0].Clicks);
    }

    [Fact]
    public void FileStem_NestedPath_IsFileNameSafe()
    {
        Assert.Equal("product-trail-runner@1280", new PageLayout("/product/trail-runner", 1280).FileStem);
        Assert.Equal("home@390", new PageLayout("/", 390).FileStem);
    }

    [Fact]
    public void TopElements_ClicksWithSignals_CountsSharesAndSignals()
    {
        var clicks = new[] { Click("http://a.test/", 1, 1, selector: "#x"), Click("http://a.test/", 1, 1, selector: "#x"), Click("http://a.test/", 1, 1, selector: "#x"), Click("http://a.test/", 5, 5, selector: "#y") };
        var rage = new Signal(SignalKind.RageClick, "http://a.test/", "#x", null, 0, 1, 1, [clicks[0]]);
        var dead = new Signal(SignalKind.DeadClick, "http://a.test/", "#x", null, 0, 1, 1, [clicks[0]]);
        var error = new Signal(SignalKind.ErrorClick, "http://a.test/", "#y", null, 0, 5, 5, [clicks[3]]);

        var top = TopElements.Compute(clicks, [rage, dead, dead, error]);

        Assert.Equal("#x", top[0].Selector);
        Assert.Equal(3, top[0].Clicks);
        Assert.Equal(0.75, top[0].Share, 6);
        Assert.Equal((1, 2, 0), (top[0].RageClicks, top[0].DeadClicks, top[0].ErrorClicks));
        Assert.Equal(1, top[1].ErrorClicks);
        Assert.Equal(new ElementBox(0, 0, 10, 10), top[1].Box);
    }

    [Fact]
    public void TopElementsOn_OtherPageOrWidth_Excluded()
    {
        var here = new Signal(SignalKind.DeadClick, "http://a.test/cart", "#x", null, 0, 1, 1, [Click("http://a.test/cart", 1, 1)]);
        var narrow = here with { Evidence = [Click("http://a.test/cart", 1, 1, width: 390)] };
        var elsewhere = here with { Url = "http://a.test/" };

        var on = TopElements.On(new PageLayout("/cart", 1280), [here, narrow, elsewhere]).ToArray();

        Assert.Equal([here], on);
    }
}
