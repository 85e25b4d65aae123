using UsabilityLab.Core.Events;

namespace UsabilityLab.Core.Heatmaps;

/// <summary>Splits events by page layout (normalised URL + viewport width).</summary>
public static class PageActivityGrouping
{
    /// <summary>Groups <paramref name="events"/> by <see cref="PageLayout"/>, busiest page (most clicks) first.</summary>
    /// <param name="events">Events of any number of sessions.</param>
    /// <param name="keepQuery">Keep the query string in page keys (the study's <c>capture.keepQuery</c>).</param>
    public static IReadOnlyList<PageActivity> Group(IEnumerable<RecordedEvent> events, bool keepQuery = false)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events
            .Where(e => !string.IsNullOrEmpty(e.Url) && e.Url.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .GroupBy(e => PageLayout.Of(e, keepQuery))
            .Select(g => new PageActivity(
                g.Key,
                g.Where(IsPointerClick).ToArray(),
                g.Where(e => e.Kind == EventKind.MouseMove && HasPosition(e)).ToArray(),
                g.Where(e => e.Kind == EventKind.Scroll).ToArray(),
                g.Select(e => e.SessionId).Distinct().ToArray()))
            .OrderByDescending(a => a.Clicks.Count)
            .ThenBy(a => a.Layout.PageKey, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// A click made with the mouse. Pressing Enter on a button makes the browser report a click at (0, 0), far
    /// from the button: such clicks have no position on the page and would pile up in the top-left corner.
    /// </summary>
    public static bool IsPointerClick(RecordedEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!e.IsClick || !HasPosition(e))
        {
            return false;
        }

        var synthetic = e.X == 0 && e.Y == 0 && Box(e) is { } box && !box.Contains(0, 0);
        return !synthetic;
    }

    /// <summary>The event target's box, when recorded.</summary>
    public static ElementBox? Box(RecordedEvent e) =>
        e is { BoxX: { } x, BoxY: { } y, BoxWidth: { } w, BoxHeight: { } h } ? new ElementBox(x, y, w, h) : null;

    private static bool HasPosition(RecordedEvent e) => e.X is { } x && e.Y is { } y && double.IsFinite(x) && double.IsFinite(y);
}
