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
    /// The page a URL stands for, grouped exactly as heatmaps and snapshots group it (<see cref="Pages.PageKey"/>:
    /// path without query string and fragment), so that <c>/search?q=a</c> and <c>/search#results</c> are one page.
    /// </summary>
    public static string? PageKey(string? url) => url is null ? null : Pages.PageKey.Normalize(url);

    /// <summary>True for the click kind the detectors reason about (a double click's two clicks are recorded as clicks).</summary>
    public static bool IsPrimaryClick(RecordedEvent e) => e.Kind == EventKind.Click;
}
