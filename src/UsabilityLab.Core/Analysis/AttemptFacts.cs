using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Core.Analysis;

/// <summary>
/// Per-attempt counts, from the attempt's events when it has any, otherwise from the counts on the record
/// (imported CSV). Event-derived counts win because they are what the report's heatmaps and signals show.
/// </summary>
internal sealed record AttemptFacts(
    AttemptRecord Attempt,
    bool HasEvents,
    int? Clicks,
    int? PageVisits,
    int? UniquePages,
    int? Misclicks,
    int? JsErrors,
    int? FailedRequests,
    int? ValidationErrors,
    int? Errors)
{
    /// <param name="attempt">The attempt.</param>
    /// <param name="events">Its events.</param>
    /// <param name="noise">Errors that are site noise (<see cref="SiteNoise"/>): not the participant's errors.</param>
    public static AttemptFacts From(AttemptRecord attempt, IReadOnlyList<RecordedEvent> events, IReadOnlySet<RecordedEvent>? noise = null)
    {
        if (events.Count == 0)
        {
            return new AttemptFacts(attempt, false, attempt.Clicks, attempt.PageVisits, attempt.UniquePages, null, null, null, null, attempt.Errors);
        }

        // One pass over the events for every count (analysis runs this for each of thousands of attempts).
        int clicks = 0, misclicks = 0, js = 0, failed = 0, validation = 0;
        foreach (var e in events)
        {
            switch (e.Kind)
            {
                // A double click's two clicks are recorded as clicks already; counting the dblclick too would triple it.
                case EventKind.Click:
                    clicks++;
                    misclicks += e.Interactive == false ? 1 : 0;
                    break;
                case EventKind.ContextMenu:
                    clicks++;
                    break;
                case EventKind.PageError or EventKind.ConsoleError when noise?.Contains(e) != true:
                    js++;
                    break;
                case EventKind.RequestFailed or EventKind.HttpError when noise?.Contains(e) != true:
                    failed++;
                    break;
                case EventKind.ValidationError:
                    validation++;
                    break;
            }
        }

        var visits = Signals.PageVisits.Split(events);
        var unique = visits.Select(v => v.Key).Distinct(StringComparer.Ordinal).Count();
        return new AttemptFacts(attempt, true, clicks, visits.Count, unique, misclicks, js, failed, validation, js + failed + validation + misclicks);
    }

    public bool IsSuccess => Attempt.Outcome == AttemptOutcome.Success;

    /// <summary>Time usable for time metrics: finite and positive (imported rows sometimes carry 0 for "unknown").</summary>
    public double? Seconds => Attempt.TimeSeconds > 0 && double.IsFinite(Attempt.TimeSeconds) ? Attempt.TimeSeconds : null;
}
