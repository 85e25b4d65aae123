using UsabilityLab.Core.Events;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Core.Heatmaps;

/// <summary>The most clicked elements of a page.</summary>
public static class TopElements
{
    /// <summary>
    /// Counts clicks per selector, most clicked first (ties by selector), and attaches the rage, dead and error
    /// click signals whose selector matches.
    /// </summary>
    /// <param name="clicks">Clicks on one page layout.</param>
    /// <param name="signals">Signals on that page (others are ignored only if their selector never appears).</param>
    /// <param name="count">How many elements to return; ≥ 1.</param>
    public static IReadOnlyList<ElementClicks> Compute(IReadOnlyList<RecordedEvent> clicks, IEnumerable<Signal> signals, int count = 10)
    {
        ArgumentNullException.ThrowIfNull(clicks);
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var bySelector = signals
            .Where(s => s.Selector is not null && s.Kind is SignalKind.RageClick or SignalKind.DeadClick or SignalKind.ErrorClick)
            .ToLookup(s => (s.Selector!, s.Kind));
        var total = clicks.Count;
        return clicks
            .GroupBy(e => e.Selector ?? e.Tag ?? "(unknown element)", StringComparer.Ordinal)
            .Select(g =>
            {
                var last = g.Last();
                return new ElementClicks(
                    g.Key,
                    g.Select(e => e.Text).LastOrDefault(t => !string.IsNullOrWhiteSpace(t)),
                    g.Count(),
                    (double)g.Count() / total,
                    bySelector[(g.Key, SignalKind.RageClick)].Count(),
                    bySelector[(g.Key, SignalKind.DeadClick)].Count(),
                    bySelector[(g.Key, SignalKind.ErrorClick)].Count(),
                    PageActivityGrouping.Box(last),
                    last.Interactive);
            })
            .OrderByDescending(e => e.Clicks)
            .ThenBy(e => e.Selector, StringComparer.Ordinal)
            .Take(count)
            .ToArray();
    }

    /// <summary>Signals that point at a place on <paramref name="layout"/> (same page key and viewport width).</summary>
    public static IEnumerable<Signal> On(PageLayout layout, IEnumerable<Signal> signals, bool keepQuery = false)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(signals);
        return signals.Where(s =>
            string.Equals(Pages.PageKey.Normalize(s.Url, keepQuery), layout.PageKey, StringComparison.Ordinal)
            && (s.Evidence.FirstOrDefault()?.ViewportWidth ?? 0) == layout.ViewportWidth);
    }
}
