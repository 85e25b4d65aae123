using UsabilityLab.Core.Events;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Core.Tests.Signals;

public sealed class SessionEventsTests
{
    [Fact]
    public void BySession_EachSessionTogether_SameAsGroupingBySession()
    {
        RecordedEvent[] events = [Ev.Click(5, session: 3), Ev.Click(1, session: 3), Ev.Click(0, session: 1), Ev.Click(9, session: 2), Ev.Click(2, session: 2)];

        AssertSameAsGrouping(events);
    }

    [Fact]
    public void BySession_SessionsInterleaved_SameAsGroupingBySession()
    {
        RecordedEvent[] events = [Ev.Click(0, session: 1), Ev.Click(1, session: 2), Ev.Click(2, session: 1), Ev.Click(3, session: 3), Ev.Click(4, session: 2)];

        AssertSameAsGrouping(events);
    }

    [Fact]
    public void BySession_NoEvents_NoSessions()
    {
        Assert.Empty(SessionEvents.BySession([]));
    }

    private static void AssertSameAsGrouping(RecordedEvent[] events)
    {
        var expected = events.GroupBy(e => e.SessionId).Select(g => g.ToList()).ToList();
        var actual = SessionEvents.BySession(events).ToList();

        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]); // same events, same order
        }
    }
}
