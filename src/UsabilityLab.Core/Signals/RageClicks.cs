using UsabilityLab.Core.Events;

namespace UsabilityLab.Core.Signals;

/// <summary>
/// Rage clicks: <see cref="SignalThresholds.RageClickCount"/> or more clicks on the same page, each within
/// <see cref="SignalThresholds.RageClickRadiusPx"/> and <see cref="SignalThresholds.RageClickIntervalMs"/> of the
/// previous one. One signal per burst, however long it is.
/// </summary>
public static class RageClicks
{
    /// <summary>Finds rage-click bursts in one session's events.</summary>
    /// <param name="events">One session's events.</param>
    /// <param name="thresholds">Thresholds; <see cref="SignalThresholds.Default"/> when null.</param>
    public static IReadOnlyList<Signal> Detect(IReadOnlyList<RecordedEvent> events, SignalThresholds? thresholds = null)
    {
        var t = thresholds ?? SignalThresholds.Default;
        var signals = new List<Signal>();
        var burst = new List<RecordedEvent>();

        // Clicks without coordinates cannot be placed, so they can neither join nor extend a burst.
        foreach (var click in SessionEvents.Ordered(events).Where(e => SessionEvents.IsPrimaryClick(e) && e.X is not null && e.Y is not null))
        {
            if (burst.Count > 0 && !Continues(burst[^1], click, t))
            {
                Flush(burst, t, signals);
            }

            burst.Add(click);
        }

        Flush(burst, t, signals);
        return signals;
    }

    private static bool Continues(RecordedEvent previous, RecordedEvent next, SignalThresholds t)
    {
        var dx = next.X!.Value - previous.X!.Value;
        var dy = next.Y!.Value - previous.Y!.Value;
        return next.TimeMs - previous.TimeMs <= t.RageClickIntervalMs
            && Math.Sqrt((dx * dx) + (dy * dy)) <= t.RageClickRadiusPx
            && string.Equals(SessionEvents.PageKey(next.Url), SessionEvents.PageKey(previous.Url), StringComparison.Ordinal);
    }

    private static void Flush(List<RecordedEvent> burst, SignalThresholds t, List<Signal> signals)
    {
        if (burst.Count >= t.RageClickCount)
        {
            var first = burst[0];
            signals.Add(new Signal(SignalKind.RageClick, first.Url, first.Selector, first.Text, first.TimeMs, first.X, first.Y, burst.ToArray())
            {
                Value = burst.Count,
            });
        }

        burst.Clear();
    }
}
