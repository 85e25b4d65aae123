using UsabilityLab.Core.Events;
using UsabilityLab.Core.Heatmaps;

namespace UsabilityLab.Core.Tests.Heatmaps;

public class ScrollDepthTests
{
    [Fact]
    public void Curve_FourParticipants_ShareFallsAtEachDeepestPoint()
    {
        var curve = ScrollDepth.Curve([800, 800, 1600, 2400], pageHeight: 2400, step: 100);

        Assert.Equal(1.0, curve.ShareAt(0));
        Assert.Equal(1.0, curve.ShareAt(800));
        Assert.Equal(0.5, curve.ShareAt(900));
        Assert.Equal(0.25, curve.ShareAt(1700));
        Assert.Equal(0.25, curve.ShareAt(2400));
        Assert.Equal(4, curve.Participants);
    }

    [Fact]
    public void Curve_UnsortedDepths_NeverRises()
    {
        var curve = ScrollDepth.Curve([300, 1200, 950, 4000, 10], 3000, 25);

        for (var i = 1; i < curve.Shares.Count; i++)
        {
            Assert.True(curve.Shares[i] <= curve.Shares[i - 1]);
        }
    }

    [Fact]
    public void Curve_NegativeDepth_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ScrollDepth.Curve([-1], 100));
    }

    [Fact]
    public void DeepestPerSession_SessionWithoutScroll_SawTheViewport()
    {
        RecordedEvent[] events =
        [
            new() { Kind = EventKind.Resize, SessionId = 1, Url = "http://a.test/", Detail = "1280x700", ViewportWidth = 1280 },
            new() { Kind = EventKind.Scroll, SessionId = 1, Url = "http://a.test/", ScrollY = 500, Value = 1200, ViewportWidth = 1280 },
            new() { Kind = EventKind.Navigation, SessionId = 2, Url = "http://a.test/", ViewportWidth = 1280 },
        ];
        var activity = PageActivityGrouping.Group(events).Single();

        var deepest = ScrollDepth.DeepestPerSession(activity, ScrollDepth.ViewportHeights(events));

        Assert.Equal([1200.0, 800.0], deepest);
    }
}
