using UsabilityLab.Core.Events;

namespace UsabilityLab.Core.Signals;

/// <summary>Runs every detector.</summary>
public static class SignalDetector
{
    /// <summary>
    /// Runs every detector over the events and returns the signals in time order. Events of several sessions may
    /// be passed together: they are split by <see cref="RecordedEvent.SessionId"/> first, because a click in one
    /// participant's browser never answers another's.
    /// </summary>
    /// <param name="events">Events of one or more sessions, in any order.</param>
    /// <param name="thresholds">Thresholds; <see cref="SignalThresholds.Default"/> when null.</param>
    /// <param name="noise">Errors that are site noise: no error click is made of them.</param>
    public static IReadOnlyList<Signal> DetectAll(IReadOnlyList<RecordedEvent> events, SignalThresholds? thresholds = null, IReadOnlySet<RecordedEvent>? noise = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var t = thresholds ?? SignalThresholds.Default;
        var signals = new List<Signal>();

        foreach (var session in SessionEvents.BySession(events))
        {
            var ordered = SessionEvents.Ordered(session);
            var visits = PageVisits.Split(ordered); // once for the three detectors that reason about page visits
            signals.AddRange(RageClicks.Detect(ordered, t));
            signals.AddRange(DeadClicks.Detect(ordered, t));
            signals.AddRange(ErrorClicks.Detect(ordered, t, noise));
            signals.AddRange(QuickBacks.FromVisits(visits, t));
            signals.AddRange(ExcessiveScrolling.FromVisits(visits, t));
            signals.AddRange(Hesitation.FromVisits(visits, t));
        }

        // Stable: within one moment, signals keep detector order.
        return signals.OrderBy(s => s.TimeMs).ToArray();
    }
}
