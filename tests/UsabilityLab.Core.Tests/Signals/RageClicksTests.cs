using UsabilityLab.Core.Signals;

namespace UsabilityLab.Core.Tests.Signals;

public class RageClicksTests
{
    [Fact]
    public void Detect_ThreeClicksClose_OneSignalWithEvidence()
    {
        var events = new[] { Ev.Click(0, 100, 100), Ev.Click(400, 110, 105), Ev.Click(800, 120, 110) };

        var signal = Assert.Single(RageClicks.Detect(events));

        Assert.Equal(SignalKind.RageClick, signal.Kind);
        Assert.Equal(3, signal.Evidence.Count);
        Assert.Equal(3, signal.Value);
        Assert.Equal((0.0, 100.0, 100.0), (signal.TimeMs, signal.X!.Value, signal.Y!.Value));
        Assert.Equal("#buy", signal.Selector);
    }

    [Fact]
    public void Detect_SixClicksInOneBurst_OneSignal()
    {
        var events = Enumerable.Range(0, 6).Select(i => Ev.Click(i * 300)).ToArray();

        var signal = Assert.Single(RageClicks.Detect(events));
        Assert.Equal(6, signal.Value);
    }

    [Fact]
    public void Detect_TwoClicks_NoSignal() =>
        Assert.Empty(RageClicks.Detect([Ev.Click(0), Ev.Click(300)]));

    [Fact]
    public void Detect_ThirdClick30PxAway_Counts() =>
        Assert.Single(RageClicks.Detect([Ev.Click(0, 100, 100), Ev.Click(300, 100, 100), Ev.Click(600, 130, 100)]));

    [Fact]
    public void Detect_ThirdClick31PxAway_NoSignal() =>
        Assert.Empty(RageClicks.Detect([Ev.Click(0, 100, 100), Ev.Click(300, 100, 100), Ev.Click(600, 131, 100)]));

    [Fact]
    public void Detect_ThirdClickDiagonal31PxAway_NoSignal() =>
        // (22, 22) is 31.1 px away although each axis moved less than 30.
        Assert.Empty(RageClicks.Detect([Ev.Click(0, 100, 100), Ev.Click(300, 100, 100), Ev.Click(600, 122, 122)]));

    [Fact]
    public void Detect_ThirdClickExactly1sLater_Counts() =>
        Assert.Single(RageClicks.Detect([Ev.Click(0), Ev.Click(1000), Ev.Click(2000)]));

    [Fact]
    public void Detect_ThirdClick1010msLater_NoSignal() =>
        Assert.Empty(RageClicks.Detect([Ev.Click(0), Ev.Click(1000), Ev.Click(2010)]));

    [Fact]
    public void Detect_ClicksDriftingAway_EachStepWithin30Px_StillOneBurst() =>
        // Each click is compared with the previous one, not with the first.
        Assert.Single(RageClicks.Detect([Ev.Click(0, 100, 100), Ev.Click(300, 125, 100), Ev.Click(600, 150, 100)]));

    [Fact]
    public void Detect_ClicksOnDifferentPages_NoSignal() =>
        Assert.Empty(RageClicks.Detect([Ev.Click(0), Ev.Click(300), Ev.Click(600, url: Ev.Shoes)]));

    [Fact]
    public void Detect_TwoSeparateBursts_TwoSignals()
    {
        var events = new[] { Ev.Click(0), Ev.Click(200), Ev.Click(400), Ev.Click(5000), Ev.Click(5200), Ev.Click(5400) };

        Assert.Equal(2, RageClicks.Detect(events).Count);
    }

    [Fact]
    public void Detect_UnsortedInput_SortedFirst() =>
        Assert.Single(RageClicks.Detect([Ev.Click(800), Ev.Click(0), Ev.Click(400)]));

    [Fact]
    public void Detect_CustomThresholdOfFour_NeedsFourClicks() =>
        Assert.Empty(RageClicks.Detect([Ev.Click(0), Ev.Click(300), Ev.Click(600)], new SignalThresholds { RageClickCount = 4 }));
}
