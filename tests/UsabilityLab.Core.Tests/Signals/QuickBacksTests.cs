using UsabilityLab.Core.Signals;

namespace UsabilityLab.Core.Tests.Signals;

public class QuickBacksTests
{
    [Fact]
    public void Detect_BackWithin5s_SignalNamesLeftPageAndLeadClick()
    {
        var events = new[]
        {
            Ev.Nav(0, Ev.Home), Ev.Click(2000, selector: "a.shoes"), Ev.Nav(2100, Ev.Shoes), Ev.Nav(4000, Ev.Home),
        };

        var signal = Assert.Single(QuickBacks.Detect(events));

        Assert.Equal(SignalKind.QuickBack, signal.Kind);
        Assert.Equal(Ev.Shoes, signal.Url);
        Assert.Equal("a.shoes", signal.Selector);
        Assert.Equal(4000, signal.TimeMs);
        Assert.Equal(1900, signal.Value);
        Assert.Equal(3, signal.Evidence.Count);
    }

    [Fact]
    public void Detect_BackAfterExactly5s_Signal() =>
        Assert.Single(QuickBacks.Detect([Ev.Nav(0, Ev.Home), Ev.Nav(1000, Ev.Shoes), Ev.Nav(6000, Ev.Home)]));

    [Fact]
    public void Detect_BackAfter5010ms_NoSignal() =>
        Assert.Empty(QuickBacks.Detect([Ev.Nav(0, Ev.Home), Ev.Nav(1000, Ev.Shoes), Ev.Nav(6010, Ev.Home)]));

    [Fact]
    public void Detect_QueryAndFragmentDiffer_StillSamePage() =>
        Assert.Single(QuickBacks.Detect([Ev.Nav(0, Ev.Home + "?ref=ad"), Ev.Nav(1000, Ev.Shoes), Ev.Nav(2000, Ev.Home + "#top")]));

    [Fact]
    public void Detect_OnToAThirdPage_NoSignal() =>
        Assert.Empty(QuickBacks.Detect([Ev.Nav(0, Ev.Home), Ev.Nav(1000, Ev.Shoes), Ev.Nav(2000, Ev.Cart)]));

    [Fact]
    public void Detect_HashChangeOnSecondPage_DoesNotBreakTheBounce() =>
        Assert.Single(QuickBacks.Detect([Ev.Nav(0, Ev.Home), Ev.Nav(1000, Ev.Shoes), Ev.Nav(1500, Ev.Shoes + "#sizes"), Ev.Nav(2000, Ev.Home)]));
}
