using UsabilityLab.Core.Events;

namespace UsabilityLab.Core.Signals;

/// <summary>
/// Dead clicks: a click followed, within <see cref="SignalThresholds.DeadClickWindowMs"/>, by no sign that the page
/// reacted — no DOM mutation, navigation, scroll, text selection, focus, field change, input, submit, dialog or popup —
/// and no typing into the clicked field before the participant's next click (within
/// <see cref="SignalThresholds.TypingAfterClickMs"/>).
/// </summary>
/// <remarks>
/// Change, input, submit, dialog and popup are counted as reactions beyond the classic list because a checkbox
/// toggle or a native dialog changes no DOM attribute and would otherwise look dead.
/// A click whose window runs past the end of the recording is not judged: the reaction may simply not have been
/// recorded. Clicks of a rage burst are judged one by one, so a burst on an unresponsive element also yields
/// dead clicks — both signals are true and both are counted.
/// </remarks>
public static class DeadClicks
{
    /// <summary>Finds dead clicks in one session's events.</summary>
    /// <param name="events">One session's events.</param>
    /// <param name="thresholds">Thresholds; <see cref="SignalThresholds.Default"/> when null.</param>
    public static IReadOnlyList<Signal> Detect(IReadOnlyList<RecordedEvent> events, SignalThresholds? thresholds = null)
    {
        var t = thresholds ?? SignalThresholds.Default;
        var ordered = SessionEvents.Ordered(events);
        var signals = new List<Signal>();

        for (var i = 0; i < ordered.Count; i++)
        {
            var click = ordered[i];
            if (!SessionEvents.IsPrimaryClick(click))
            {
                continue;
            }

            var end = click.TimeMs + t.DeadClickWindowMs;
            var reacted = FocusedByThisClick(ordered, i) || TypedIntoAfterwards(ordered, i, t.TypingAfterClickMs);
            var j = i + 1;
            for (; j < ordered.Count && ordered[j].TimeMs <= end; j++)
            {
                if (IsReaction(ordered[j]))
                {
                    reacted = true;
                    break;
                }
            }

            var windowObserved = j < ordered.Count;
            if (!reacted && windowObserved)
            {
                signals.Add(new Signal(SignalKind.DeadClick, click.Url, click.Selector, click.Text, click.TimeMs, click.X, click.Y, [click]));
            }
        }

        return signals;
    }

    /// <summary>
    /// A click into a field focuses it on mousedown, just before the click event: the caret and focus ring are the
    /// page's reaction, so such a click is not dead even though the next event (typing) comes much later.
    /// </summary>
    private static bool FocusedByThisClick(IReadOnlyList<RecordedEvent> ordered, int clickIndex)
    {
        var click = ordered[clickIndex];
        for (var k = clickIndex - 1; k >= 0 && ordered[k].TimeMs >= click.TimeMs - MousedownToClickMs; k--)
        {
            if (ordered[k].Kind == EventKind.Focus && click.Selector is not null && string.Equals(ordered[k].Selector, click.Selector, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A click into a field that was already focused moves only the caret, which leaves no event; typing into that
    /// field before the next click shows the click was the start of using it, however long the participant thought.
    /// </summary>
    private static bool TypedIntoAfterwards(IReadOnlyList<RecordedEvent> ordered, int clickIndex, double withinMs)
    {
        var click = ordered[clickIndex];
        if (click.Selector is null)
        {
            return false;
        }

        for (var k = clickIndex + 1; k < ordered.Count && ordered[k].TimeMs <= click.TimeMs + withinMs; k++)
        {
            var e = ordered[k];
            if (SessionEvents.IsPrimaryClick(e) || e.Kind == EventKind.Navigation)
            {
                return false;
            }

            if (e.Kind is EventKind.Input or EventKind.Change && SameField(e, click))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The same field by its selector, or by its box when the two descriptions differ (an app that re-renders a
    /// field's attributes while it is typed into): two fields never share a box.
    /// </summary>
    private static bool SameField(RecordedEvent typed, RecordedEvent click) =>
        string.Equals(typed.Selector, click.Selector, StringComparison.Ordinal)
        || (typed.BoxWidth > 0 && typed.BoxX == click.BoxX && typed.BoxY == click.BoxY && typed.BoxWidth == click.BoxWidth && typed.BoxHeight == click.BoxHeight);

    /// <summary>Longest gap between the focus a mousedown causes and the click that follows (a slow press).</summary>
    private const double MousedownToClickMs = 500;

    private static bool IsReaction(RecordedEvent e) => e.Kind switch
    {
        // A focus after the click is the page's answer (an editor taking focus, a field focused by script); the focus
        // a mousedown gives the clicked control comes before the click and is judged by FocusedByThisClick.
        EventKind.Mutation or EventKind.Navigation or EventKind.Scroll or EventKind.Selection or EventKind.Focus
            or EventKind.Change or EventKind.Input or EventKind.Submit or EventKind.Dialog or EventKind.Popup => true,
        _ => false,
    };
}
