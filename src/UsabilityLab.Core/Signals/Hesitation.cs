using UsabilityLab.Core.Events;

namespace UsabilityLab.Core.Signals;

/// <summary>
/// Hesitation: per page visit, the time from the navigation that opened the page to the first click on it.
/// Visits without a recorded navigation or without a click have no measurement.
/// </summary>
public static class Hesitation
{
    /// <summary>Every visit's time to first click, in time order.</summary>
    /// <param name="events">One session's events.</param>
    public static IReadOnlyList<HesitationMeasurement> Measure(IReadOnlyList<RecordedEvent> events) =>
        MeasureVisits(PageVisits.Split(events));

    private static HesitationMeasurement[] MeasureVisits(IReadOnlyList<PageVisit> visits) =>
        visits
            .Where(v => v.Navigation is not null)
            .Select(v => (Visit: v, Click: v.Events.FirstOrDefault(SessionEvents.IsPrimaryClick)))
            .Where(x => x.Click is not null)
            .Select(x => new HesitationMeasurement(x.Visit.Url, x.Visit.Navigation!, x.Click!))
            .ToArray();

    /// <summary>Visits whose time to first click is at least <see cref="SignalThresholds.HesitationMs"/>.</summary>
    /// <param name="events">One session's events.</param>
    /// <param name="thresholds">Thresholds; <see cref="SignalThresholds.Default"/> when null.</param>
    /// <returns>One signal per such visit, at the navigation, naming the element finally clicked, with the delay (ms) in <see cref="Signal.Value"/>.</returns>
    public static IReadOnlyList<Signal> Detect(IReadOnlyList<RecordedEvent> events, SignalThresholds? thresholds = null) =>
        FromVisits(PageVisits.Split(events), thresholds ?? SignalThresholds.Default);

    /// <summary>Hesitations in a session's page visits (split once, shared by the detectors that need visits).</summary>
    internal static Signal[] FromVisits(IReadOnlyList<PageVisit> visits, SignalThresholds t) =>
        MeasureVisits(visits)
            .Where(m => m.DelayMs >= t.HesitationMs)
            .Select(m => new Signal(
                SignalKind.Hesitation, m.Url, m.FirstClick.Selector, m.FirstClick.Text, m.Navigation.TimeMs,
                m.FirstClick.X, m.FirstClick.Y, [m.Navigation, m.FirstClick])
            {
                Value = m.DelayMs,
            })
            .ToArray();
}
