using System.Globalization;
using UsabilityLab.Core.Events;

namespace UsabilityLab.Core.Heatmaps;

/// <summary>Scroll-depth curves: how far down a page people looked.</summary>
public static class ScrollDepth
{
    /// <summary>
    /// The curve from each participant's deepest visible point (the bottom edge of the viewport at the furthest
    /// scroll). Depth d counts as seen when the deepest point is ≥ d, so the curve starts at 1 and never rises.
    /// </summary>
    /// <param name="deepest">Deepest visible point per participant, CSS px.</param>
    /// <param name="pageHeight">Page height in CSS px; ≥ 1.</param>
    /// <param name="step">Sample spacing in CSS px; ≥ 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">Height or step below 1, or a depth that is negative or not finite.</exception>
    public static ScrollDepthCurve Curve(IReadOnlyList<double> deepest, int pageHeight, int step = 10)
    {
        ArgumentNullException.ThrowIfNull(deepest);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageHeight, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1);
        if (deepest.Any(d => !(d >= 0) || double.IsInfinity(d)))
        {
            throw new ArgumentOutOfRangeException(nameof(deepest), "Depths must be finite and ≥ 0.");
        }

        var samples = (pageHeight + step - 1) / step + 1;
        var sorted = deepest.Order().ToArray();
        var shares = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var depth = Math.Min((double)i * step, pageHeight);
            // Participants whose deepest point reaches this depth: everything from the first sorted value ≥ depth.
            var below = LowerBound(sorted, depth);
            shares[i] = sorted.Length == 0 ? 0 : (double)(sorted.Length - below) / sorted.Length;
        }

        return new ScrollDepthCurve(pageHeight, sorted.Length, step, shares);
    }

    /// <summary>
    /// Deepest visible point per session on one page: the largest recorded scroll depth (the recorder stores the
    /// viewport's bottom edge), or the viewport height for a session that never scrolled there.
    /// </summary>
    /// <param name="activity">The page's events.</param>
    /// <param name="viewportHeights">Viewport height per session (from Resize events when missing).</param>
    /// <param name="defaultViewportHeight">Used when nothing tells the viewport height.</param>
    public static IReadOnlyList<double> DeepestPerSession(PageActivity activity, IReadOnlyDictionary<long, int>? viewportHeights = null, int defaultViewportHeight = 800)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Sessions.Select(session =>
        {
            var scrolled = activity.Scrolls.Where(e => e.SessionId == session).Select(e => e.Value ?? ((e.ScrollY ?? 0) + defaultViewportHeight)).DefaultIfEmpty(0).Max();
            var viewport = viewportHeights is not null && viewportHeights.TryGetValue(session, out var h) ? h : defaultViewportHeight;
            return Math.Max(scrolled, viewport);
        }).ToArray();
    }

    /// <summary>Viewport heights per session from Resize events (<c>Detail</c> "1280x800").</summary>
    public static IReadOnlyDictionary<long, int> ViewportHeights(IEnumerable<RecordedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var heights = new Dictionary<long, int>();
        foreach (var e in events.Where(e => e.Kind == EventKind.Resize && e.Detail is not null))
        {
            var parts = e.Detail!.Split('x');
            if (parts.Length == 2 && int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var h) && h > 0)
            {
                heights[e.SessionId] = h;
            }
        }

        return heights;
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
