using UsabilityLab.Core.Events;

namespace UsabilityLab.Core.Signals;

/// <summary>
/// Tells a site's background noise from errors a participant ran into. An error (page error, console error, failed
/// request, HTTP error) is site noise when the study's <see cref="NoiseRules"/> silence it, or when no participant
/// action caused it and it changed nothing on the screen:
/// <list type="bullet">
/// <item>caused: a click, key press, input, change or submit within <see cref="CausedWithinMs"/> before it (a
/// navigation it started and that page's loading included, on a site that answers in time);</item>
/// <item>shown: a page error (an uncaught exception may break what the page shows), a failed page, script,
/// stylesheet, image, font or media file, or a DOM change within <see cref="ShownWithinMs"/> after it while the DOM
/// had been quiet for as long before it (a change in the middle of the app's own rendering is not its answer).</item>
/// </list>
/// The task's own start (the lab loading the start page) is no participant action: a background request that fails
/// on load and changes nothing is noise.
/// </summary>
public static class SiteNoise
{
    /// <summary>Time after a participant action within which an error counts as caused by it, ms.</summary>
    public const double CausedWithinMs = 2000;

    /// <summary>Time after an error within which a DOM change counts as showing it, ms.</summary>
    public const double ShownWithinMs = 1000;

    /// <summary>The error events of <paramref name="events"/> (one session or attempt) that are site noise.</summary>
    public static IReadOnlySet<RecordedEvent> Find(IReadOnlyList<RecordedEvent> events, NoiseRules? rules = null)
    {
        rules ??= NoiseRules.None;
        var ordered = SessionEvents.Ordered(events);
        var noise = new HashSet<RecordedEvent>(ReferenceEqualityComparer.Instance);
        double lastAction = double.NegativeInfinity;
        for (var i = 0; i < ordered.Count; i++)
        {
            var e = ordered[i];
            if (IsParticipantAction(e))
            {
                lastAction = e.TimeMs;
            }
            else if (IsError(e.Kind) && (rules.Silences(e) || (e.TimeMs - lastAction > CausedWithinMs && !Shown(ordered, i))))
            {
                noise.Add(e);
            }
        }

        return noise;
    }

    /// <summary>The error kinds that count towards a participant's errors unless they are noise.</summary>
    public static bool IsError(EventKind kind) =>
        kind is EventKind.PageError or EventKind.ConsoleError or EventKind.RequestFailed or EventKind.HttpError;

    /// <summary>The URL of a request error's detail (<c>METHOD URL[ failure]</c>), or null.</summary>
    public static string? RequestUrl(string detail)
    {
        var parts = detail.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 ? parts[1] : null;
    }

    private static bool IsParticipantAction(RecordedEvent e) =>
        e.Kind is EventKind.Click or EventKind.DblClick or EventKind.ContextMenu or EventKind.Key
            or EventKind.Input or EventKind.Change or EventKind.Submit;

    private static bool Shown(IReadOnlyList<RecordedEvent> ordered, int errorIndex)
    {
        var error = ordered[errorIndex];
        if (error.Kind == EventKind.PageError || (error.Detail is { } d && LooksVisible(d)))
        {
            return true;
        }

        return MutatedWithin(ordered, errorIndex, +1) && !MutatedWithin(ordered, errorIndex, -1);
    }

    private static bool MutatedWithin(IReadOnlyList<RecordedEvent> ordered, int errorIndex, int direction)
    {
        var at = ordered[errorIndex].TimeMs;
        for (var k = errorIndex + direction; k >= 0 && k < ordered.Count && Math.Abs(ordered[k].TimeMs - at) <= ShownWithinMs; k += direction)
        {
            if (ordered[k].Kind == EventKind.Mutation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A page, script, stylesheet, image, font or media file that fails to load breaks what the browser shows even
    /// when no script reacts to it; the recorder notes the request's resource type last, in parentheses.
    /// </summary>
    private static bool LooksVisible(string detail) =>
        detail.EndsWith(")", StringComparison.Ordinal) && detail.LastIndexOf('(') is var open && open >= 0
            && detail[(open + 1)..^1] is "document" or "script" or "stylesheet" or "image" or "font" or "media";
}
