using UsabilityLab.Core.Events;

namespace UsabilityLab.Core.Signals;

/// <summary>Ordering and page helpers shared by the detectors.</summary>
internal static class SessionEvents
{
    /// <summary>
    /// The events in time order. A stable sort keeps the recorder's order for events with the same timestamp,
    /// which matters: a mutation recorded after a click in the same millisecond is its response.
    /// </summary>
    public static IReadOnlyList<RecordedEvent> Ordered(IReadOnlyList<RecordedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        for (var i = 1; i < events.Count; i++)
        {
            if (events[i].TimeMs < events[i - 1].TimeMs)
            {
                return events.OrderBy(e => e.TimeMs).ToList();
            }
        }

        return events;
    }

    /// <summary>
    /// Events split by session, sessions in order of first appearance and each session's events in their given order
    /// (what grouping by session gives). Events read from the store arrive with each session's events together; they
    /// are then cut into runs in one pass instead of being hashed into groups.
    /// </summary>
    public static IEnumerable<List<RecordedEvent>> BySession(IReadOnlyList<RecordedEvent> events)
    {
        if (!SessionsAreContiguous(events))
        {
            return events.GroupBy(e => e.SessionId).Select(g => g.ToList());
        }

        return Runs(events);

        static IEnumerable<List<RecordedEvent>> Runs(IReadOnlyList<RecordedEvent> events)
        {
            for (var start = 0; start < events.Count;)
            {
                var end = start + 1;
                while (end < events.Count && events[end].SessionId == events[start].SessionId)
                {
                    end++;
                }

                var run = new List<RecordedEvent>(end - start);
                for (var i = start; i < end; i++)
                {
                    run.Add(events[i]);
                }

                yield return run;
                start = end;
            }
        }
    }

    private static bool SessionsAreContiguous(IReadOnlyList<RecordedEvent> events)
    {
        var finished = new HashSet<long>();
        for (var i = 1; i < events.Count; i++)
        {
            if (events[i].SessionId != events[i - 1].SessionId && (!finished.Add(events[i - 1].SessionId) || finished.Contains(events[i].SessionId)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The page a URL stands for, grouped exactly as heatmaps and snapshots group it (<see cref="Pages.PageKey"/>:
    /// path without query string and fragment), so that <c>/search?q=a</c> and <c>/search#results</c> are one page.
    /// </summary>
    public static string? PageKey(string? url) => url is null ? null : Pages.PageKey.Normalize(url);

    /// <summary>True for the click kind the detectors reason about (a double click's two clicks are recorded as clicks).</summary>
    public static bool IsPrimaryClick(RecordedEvent e) => e.Kind == EventKind.Click;
}
