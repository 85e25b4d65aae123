using UsabilityLab.Core.Events;

namespace UsabilityLab.Core.Signals;

/// <summary>Splits a session's events into page visits.</summary>
public static class PageVisits
{
    /// <summary>
    /// Splits events into page visits. A navigation to the same page (reload, hash or query change) continues the
    /// current visit: it is the same page to the participant, and counting it again would inflate lostness.
    /// </summary>
    /// <param name="events">One session's (or one attempt's) events; sorted by time if they are not already.</param>
    public static IReadOnlyList<PageVisit> Split(IReadOnlyList<RecordedEvent> events)
    {
        var visits = new List<PageVisit>();
        string? url = null;
        string? key = null;
        RecordedEvent? navigation = null;
        var arrived = 0.0;
        List<RecordedEvent>? current = null;

        foreach (var e in SessionEvents.Ordered(events))
        {
            var startsPage = current is null
                || (e.Kind == EventKind.Navigation && !string.Equals(SessionEvents.PageKey(e.Url), key, StringComparison.Ordinal));
            if (startsPage)
            {
                if (current is not null)
                {
                    visits.Add(new PageVisit(url, key, navigation, arrived, current));
                }

                url = e.Url;
                key = SessionEvents.PageKey(e.Url);
                navigation = e.Kind == EventKind.Navigation ? e : null;
                arrived = e.TimeMs;
                current = [];
            }

            current!.Add(e);
        }

        if (current is not null)
        {
            visits.Add(new PageVisit(url, key, navigation, arrived, current));
        }

        return visits;
    }
}
