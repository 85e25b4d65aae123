using UsabilityLab.Core.Events;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Core.Tests.Signals;

public class SignalDetectorTests
{
    [Fact]
    public void DetectAll_MixedSession_FindsEachKindInTimeOrder()
    {
        var events = new[]
        {
            Ev.Nav(0, Ev.Home),
            Ev.Click(11_000), Ev.Click(11_300), Ev.Click(11_600),            // hesitation 11 s, rage burst, 3 dead clicks
            Ev.Click(14_000, 400, 400, selector: "#pay"), Ev.Of(EventKind.PageError, 14_200), Ev.Of(EventKind.Mutation, 14_300),
            Ev.Click(16_000, 50, 50, selector: "a.shoes"), Ev.Nav(16_100, Ev.Shoes), Ev.Nav(18_000, Ev.Home),
            Ev.Move(30_000),
        };

        var signals = SignalDetector.DetectAll(events);

        Assert.Equal(
            [SignalKind.Hesitation, SignalKind.RageClick, SignalKind.DeadClick, SignalKind.DeadClick, SignalKind.DeadClick, SignalKind.ErrorClick, SignalKind.QuickBack],
            signals.Select(s => s.Kind));
        Assert.Equal(signals.OrderBy(s => s.TimeMs).Select(s => s.TimeMs), signals.Select(s => s.TimeMs));
    }

    [Fact]
    public void DetectAll_ClicksFromTwoSessions_NotMixed()
    {
        // Interleaved in time, the clicks would form a burst if sessions were not kept apart.
        var events = new[] { Ev.Click(0, session: 1), Ev.Click(300, session: 2), Ev.Click(600, session: 1), Ev.Click(900, session: 2) };

        Assert.DoesNotContain(SignalDetector.DetectAll(events), s => s.Kind == SignalKind.RageClick);
    }

    [Fact]
    public void Signal_Evidence_TiesToAttempt()
    {
        var events = new[] { Ev.Click(0, attempt: 7), Ev.Click(300, attempt: 7), Ev.Click(600, attempt: 7) };

        Assert.Equal(7, Assert.Single(RageClicks.Detect(events)).AttemptId);
    }

    [Fact]
    public void Thresholds_NonPositive_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SignalThresholds { DeadClickWindowMs = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SignalThresholds { RageClickCount = 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SignalThresholds { MaxScrollDirectionChanges = -1 });
    }

    [Fact]
    public void PageVisits_ReloadAndHashChange_SameVisit()
    {
        var visits = PageVisits.Split([Ev.Nav(0, Ev.Home), Ev.Nav(100, Ev.Home + "#x"), Ev.Nav(200, Ev.Shoes), Ev.Nav(300, Ev.Home)]);

        Assert.Equal(3, visits.Count);
        Assert.Equal(2, visits[0].Events.Count);
    }
}
