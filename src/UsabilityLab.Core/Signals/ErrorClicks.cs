using UsabilityLab.Core.Events;

namespace UsabilityLab.Core.Signals;

/// <summary>
/// Error clicks: a click followed within <see cref="SignalThresholds.ErrorClickWindowMs"/> by an uncaught page
/// error, a <c>console.error</c>, a failed request or an HTTP error response. One signal per click; its evidence
/// lists the click and every error in the window.
/// </summary>
/// <remarks>
/// The window of a click closes at the next click or navigation: an error that follows a later click, or happens on
/// the next page, is that click's or that page's, not this one's.
/// </remarks>
public static class ErrorClicks
{
    /// <summary>Finds error clicks in one session's events.</summary>
    /// <param name="events">One session's events.</param>
    /// <param name="thresholds">Thresholds; <see cref="SignalThresholds.Default"/> when null.</param>
    /// <param name="noise">Errors that are site noise (<see cref="SiteNoise"/>): they make no click an error click.</param>
    public static IReadOnlyList<Signal> Detect(IReadOnlyList<RecordedEvent> events, SignalThresholds? thresholds = null, IReadOnlySet<RecordedEvent>? noise = null)
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

            List<RecordedEvent>? evidence = null; // most clicks have no error: no list for them
            for (var j = i + 1; j < ordered.Count && ordered[j].TimeMs - click.TimeMs <= t.ErrorClickWindowMs; j++)
            {
                if (SessionEvents.IsPrimaryClick(ordered[j]) || ordered[j].Kind == EventKind.Navigation)
                {
                    break;
                }

                if (SiteNoise.IsError(ordered[j].Kind) && noise?.Contains(ordered[j]) != true)
                {
                    (evidence ??= [click]).Add(ordered[j]);
                }
            }

            if (evidence is not null)
            {
                signals.Add(new Signal(SignalKind.ErrorClick, click.Url, click.Selector, click.Text, click.TimeMs, click.X, click.Y, evidence));
            }
        }

        return signals;
    }
}
