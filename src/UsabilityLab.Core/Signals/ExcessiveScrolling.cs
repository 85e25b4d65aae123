using UsabilityLab.Core.Events;

namespace UsabilityLab.Core.Signals;

/// <summary>
/// Excessive scrolling: more than <see cref="SignalThresholds.MaxScrollDirectionChanges"/> changes of vertical
/// scroll direction during one page visit — the participant is hunting up and down for something.
/// </summary>
public static class ExcessiveScrolling
{
    /// <summary>Finds page visits with excessive scrolling in one session's events.</summary>
    /// <param name="events">One session's events.</param>
    /// <param name="thresholds">Thresholds; <see cref="SignalThresholds.Default"/> when null.</param>
    /// <returns>One signal per visit, at its first scroll, with the direction changes in <see cref="Signal.Value"/>.</returns>
    public static IReadOnlyList<Signal> Detect(IReadOnlyList<RecordedEvent> events, SignalThresholds? thresholds = null) =>
        FromVisits(PageVisits.Split(events), thresholds ?? SignalThresholds.Default);

    /// <summary>Excessive scrolling in a session's page visits (split once, shared by the detectors that need visits).</summary>
    internal static List<Signal> FromVisits(IReadOnlyList<PageVisit> visits, SignalThresholds t)
    {
        var signals = new List<Signal>();

        foreach (var visit in visits)
        {
            var scrolls = visit.Events.Where(e => e.Kind == EventKind.Scroll && e.ScrollY is not null).ToArray();
            var changes = DirectionChanges(scrolls.Select(e => e.ScrollY!.Value).ToArray());
            if (changes > t.MaxScrollDirectionChanges)
            {
                signals.Add(new Signal(SignalKind.ExcessiveScrolling, visit.Url, null, null, scrolls[0].TimeMs, null, null, scrolls)
                {
                    Value = changes,
                });
            }
        }

        return signals;
    }

    /// <summary>
    /// Number of times the sign of the movement flips in a sequence of scroll offsets. Offsets that do not move
    /// (repeated samples) are skipped rather than counted as a direction.
    /// </summary>
    public static int DirectionChanges(IReadOnlyList<double> offsets)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        var changes = 0;
        var direction = 0;
        for (var i = 1; i < offsets.Count; i++)
        {
            var step = Math.Sign(offsets[i] - offsets[i - 1]);
            if (step == 0)
            {
                continue;
            }

            if (direction != 0 && step != direction)
            {
                changes++;
            }

            direction = step;
        }

        return changes;
    }
}
