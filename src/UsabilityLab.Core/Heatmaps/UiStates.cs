using UsabilityLab.Core.Events;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Core.Heatmaps;

/// <summary>
/// Which view of its page each click was made in (an editor opened, a dialog shown: a single-page app changes what it
/// shows without changing its URL), so a heatmap draws every click over a picture of the view it was made in. The
/// recorder sends a view's structural hash before the first click in it (<see cref="EventKind.UiState"/>); a click
/// belongs to the last one its session sent since its last navigation. A view is named after the click that most often
/// led into it.
/// </summary>
public sealed class UiStates
{
    private readonly Dictionary<RecordedEvent, string> _stateOf = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(PageLayout, string), string> _names = [];

    private UiStates()
    {
    }

    /// <summary>Reads the views of <paramref name="events"/> (any number of sessions, each in time order).</summary>
    /// <param name="events">Recorded events.</param>
    /// <param name="keepQuery">Keep the query string in page keys (the study's <c>capture.keepQuery</c>).</param>
    public static UiStates Of(IEnumerable<RecordedEvent> events, bool keepQuery = false)
    {
        ArgumentNullException.ThrowIfNull(events);
        var states = new UiStates();
        var leads = new Dictionary<(PageLayout, string), Dictionary<string, int>>();
        foreach (var session in events.GroupBy(e => e.SessionId))
        {
            var state = "";
            RecordedEvent? lastClick = null;
            foreach (var e in session)
            {
                if (e.Kind == EventKind.Navigation)
                {
                    state = "";
                }
                else if (e.Kind == EventKind.UiState && e.Detail is { Length: > 0 } hash)
                {
                    state = hash;
                    if (lastClick?.Text is { Length: > 0 } text && !string.IsNullOrEmpty(e.Url))
                    {
                        var key = (PageLayout.Of(e, keepQuery), hash);
                        if (!leads.TryGetValue(key, out var counts))
                        {
                            leads[key] = counts = new(StringComparer.Ordinal);
                        }

                        counts[text] = counts.GetValueOrDefault(text) + 1;
                    }
                }
                else if (e.IsClick)
                {
                    states._stateOf[e] = state;
                    lastClick = e;
                }
            }
        }

        foreach (var (key, counts) in leads)
        {
            // The most frequent lead-in; ties go to the text that sorts first, so the name does not depend on order.
            var text = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
            states._names[key] = $"after '{text}'";
        }

        return states;
    }

    /// <summary>The view <paramref name="click"/> was made in; empty when not known (no hash was recorded).</summary>
    public string StateOf(RecordedEvent click) => _stateOf.GetValueOrDefault(click, "");

    /// <summary>
    /// Splits the clicks of <paramref name="page"/> by the picture they are drawn on: their view's when
    /// <paramref name="pictured"/> has it, else the first of <paramref name="pictured"/> (the page's first picture). The
    /// first picture's clicks come first, then the other views, busiest first.
    /// </summary>
    /// <param name="page">The clicks of one page layout.</param>
    /// <param name="pictured">The views of that layout with a picture, the page's first picture first; not empty.</param>
    public IReadOnlyList<ViewClicks> Split(PageActivity page, IReadOnlyList<string> pictured)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(pictured);
        ArgumentOutOfRangeException.ThrowIfZero(pictured.Count);
        return page.Clicks
            .GroupBy(c => PictureOf(c, pictured), StringComparer.Ordinal)
            .Select(g => new ViewClicks(g.Key, g.Key == pictured[0] ? null : Name(page.Layout, g.Key, pictured), g.ToArray()))
            .OrderBy(v => v.State == pictured[0] ? 0 : 1)
            .ThenByDescending(v => v.Clicks.Count)
            .ThenBy(v => v.State, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The picture (of <paramref name="pictured"/>, see <see cref="Split"/>) a signal's click is drawn on.</summary>
    public string PictureOf(Signal signal, IReadOnlyList<string> pictured)
    {
        ArgumentNullException.ThrowIfNull(signal);
        return signal.Evidence.FirstOrDefault(e => e.IsClick) is { } click ? PictureOf(click, pictured) : pictured[0];
    }

    private string PictureOf(RecordedEvent click, IReadOnlyList<string> pictured)
    {
        var state = StateOf(click);
        return state.Length > 0 && pictured.Contains(state) ? state : pictured[0];
    }

    /// <summary>The lead-in name, or the view's place among the layout's pictures ("view 2") when no click led into it.</summary>
    private string Name(PageLayout layout, string state, IReadOnlyList<string> pictured) =>
        _names.TryGetValue((layout, state), out var name) ? name : $"view {Array.IndexOf([.. pictured], state) + 1}";
}
