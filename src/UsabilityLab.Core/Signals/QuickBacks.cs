using UsabilityLab.Core.Events;

namespace UsabilityLab.Core.Signals;

/// <summary>
/// Quick backs: the participant goes from page A to page B and returns to A within
/// <see cref="SignalThresholds.QuickBackWindowMs"/> of arriving at B — B was not what the link promised.
/// Pages are compared without query string and fragment; the return may be the back button or a link.
/// </summary>
public static class QuickBacks
{
    /// <summary>Finds quick backs in one session's events.</summary>
    /// <param name="events">One session's events.</param>
    /// <param name="thresholds">Thresholds; <see cref="SignalThresholds.Default"/> when null.</param>
    /// <returns>
    /// One signal per quick back, with <see cref="Signal.Url"/> the page that was left (B), the selector and text
    /// of the click on A that led there (when recorded), the time of the return, and the stay on B in
    /// <see cref="Signal.Value"/> (ms).
    /// </returns>
    public static IReadOnlyList<Signal> Detect(IReadOnlyList<RecordedEvent> events, SignalThresholds? thresholds = null) =>
        FromVisits(PageVisits.Split(events), thresholds ?? SignalThresholds.Default);

    /// <summary>Quick backs among a session's page visits (split once, shared by the detectors that need visits).</summary>
    internal static List<Signal> FromVisits(IReadOnlyList<PageVisit> visits, SignalThresholds t)
    {
        var signals = new List<Signal>();

        for (var i = 1; i + 1 < visits.Count; i++)
        {
            var (from, page, back) = (visits[i - 1], visits[i], visits[i + 1]);
            var stay = back.ArrivedMs - page.ArrivedMs;
            if (back.Key is null || !string.Equals(back.Key, from.Key, StringComparison.Ordinal) || stay > t.QuickBackWindowMs)
            {
                continue;
            }

            var lead = from.Events.LastOrDefault(SessionEvents.IsPrimaryClick);
            var evidence = new List<RecordedEvent>(3);
            if (lead is not null)
            {
                evidence.Add(lead);
            }

            evidence.Add(page.Events[0]);
            evidence.Add(back.Events[0]);

            // X/Y stay empty: the lead click's coordinates belong to page A, not to the page this signal names.
            signals.Add(new Signal(SignalKind.QuickBack, page.Url, lead?.Selector, lead?.Text, back.ArrivedMs, null, null, evidence)
            {
                Value = stay,
            });
        }

        return signals;
    }
}
