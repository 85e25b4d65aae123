using UsabilityLab.Core.Signals;

namespace UsabilityLab.Core.Tests.Signals;

public class ScrollingAndHesitationTests
{
    /// <summary>Scroll samples bouncing between the top and 800 px, making exactly <paramref name="changes"/> direction changes.</summary>
    private static IEnumerable<ScrollSample> Zigzag(int changes) =>
        Enumerable.Range(0, changes + 2).Select(i => new ScrollSample(1000 + (i * 200), i % 2 == 0 ? 0 : 800));

    private sealed record ScrollSample(double T, double Y);

    [Fact]
    public void DirectionChanges_ZigzagWithPauses_CountsFlipsOnly() =>
        Assert.Equal(3, ExcessiveScrolling.DirectionChanges([0, 100, 200, 200, 100, 300, 300, 0]));

    [Fact]
    public void Detect_SevenDirectionChanges_Signal()
    {
        var events = Zigzag(7).Select(s => Ev.Scroll(s.T, s.Y)).Prepend(Ev.Nav(0, Ev.Home)).ToArray();

        var signal = Assert.Single(ExcessiveScrolling.Detect(events));

        Assert.Equal(SignalKind.ExcessiveScrolling, signal.Kind);
        Assert.Equal(7, signal.Value);
        Assert.Equal(9, signal.Evidence.Count);
    }

    [Fact]
    public void Detect_SixDirectionChanges_NoSignal() =>
        Assert.Empty(ExcessiveScrolling.Detect(Zigzag(6).Select(s => Ev.Scroll(s.T, s.Y)).Prepend(Ev.Nav(0, Ev.Home)).ToArray()));

    [Fact]
    public void Detect_ChangesSplitAcrossTwoPages_NoSignal()
    {
        var first = Zigzag(4).Select(s => Ev.Scroll(s.T, s.Y, Ev.Home));
        var second = Zigzag(4).Select(s => Ev.Scroll(s.T + 10_000, s.Y, Ev.Shoes));
        var events = first.Prepend(Ev.Nav(0, Ev.Home)).Append(Ev.Nav(9000, Ev.Shoes)).Concat(second).ToArray();

        Assert.Empty(ExcessiveScrolling.Detect(events));
    }

    [Fact]
    public void Measure_TwoVisits_DelayFromNavigationToFirstClick()
    {
        var events = new[]
        {
            Ev.Nav(0, Ev.Home), Ev.Click(12_000), Ev.Click(12_500), Ev.Nav(13_000, Ev.Shoes), Ev.Click(15_000, url: Ev.Shoes),
            Ev.Nav(20_000, Ev.Cart),
        };

        var measurements = Hesitation.Measure(events);

        Assert.Equal([12_000.0, 2_000.0], measurements.Select(m => m.DelayMs));
    }

    [Fact]
    public void Detect_DelayAtThreshold_Signal()
    {
        var signal = Assert.Single(Hesitation.Detect([Ev.Nav(0, Ev.Home), Ev.Click(10_000)]));

        Assert.Equal(SignalKind.Hesitation, signal.Kind);
        Assert.Equal(10_000, signal.Value);
        Assert.Equal("#buy", signal.Selector);
        Assert.Equal(2, signal.Evidence.Count);
    }

    [Fact]
    public void Detect_DelayJustBelowThreshold_NoSignal() =>
        Assert.Empty(Hesitation.Detect([Ev.Nav(0, Ev.Home), Ev.Click(9_990)]));
}
