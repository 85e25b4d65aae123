using UsabilityLab.Core.Events;
using UsabilityLab.Core.Pages;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Core.Sessions;

/// <summary>Counts a runner stores with each attempt, derived from the attempt's events.</summary>
/// <param name="Clicks">Clicks, double clicks and context-menu clicks.</param>
/// <param name="PageVisits">Page visits, S in lostness (every navigation, including returns).</param>
/// <param name="UniquePages">Distinct pages, N in lostness.</param>
/// <param name="Errors">JS errors, failed requests, HTTP errors, validation errors and misclicks.</param>
public sealed record AttemptMeasures(int Clicks, int PageVisits, int UniquePages, int Errors)
{
    /// <summary>Computes the measures; <paramref name="startUrl"/> counts as the first visit when no navigation was recorded.</summary>
    public static AttemptMeasures From(IReadOnlyList<RecordedEvent> events, bool keepQuery = false, string? startUrl = null)
    {
        // Same rule as the analysis (Signals.PageVisits): a reload or form post back to the same page is no new visit.
        var navigations = new List<string>();
        foreach (var key in events.Where(e => e.Kind == EventKind.Navigation).OrderBy(e => e.TimeMs).Select(e => PageKey.Normalize(e.Url, keepQuery)))
        {
            if (navigations.Count == 0 || navigations[^1] != key)
            {
                navigations.Add(key);
            }
        }

        if (navigations.Count == 0 && startUrl is not null)
        {
            navigations.Add(PageKey.Normalize(startUrl, keepQuery));
        }

        var errors = events.Count(e => e.Kind is EventKind.PageError or EventKind.ConsoleError or EventKind.RequestFailed
            or EventKind.HttpError or EventKind.ValidationError)
            + events.Count(e => e.IsClick && e.Interactive == false);
        return new AttemptMeasures(events.Count(e => e.IsClick), navigations.Count, navigations.Distinct(StringComparer.Ordinal).Count(), errors);
    }

    /// <summary>
    /// The record of attempt <paramref name="id"/> at <paramref name="task"/> with these counts and the task's optimal
    /// path length; how it ended and when are the runner's to add (scripted and moderated runners alike).
    /// </summary>
    public AttemptRecord Record(long id, string participant, StudyTask task) => new()
    {
        Id = id,
        Participant = participant,
        TaskId = task.Id,
        Clicks = Clicks,
        PageVisits = PageVisits,
        UniquePages = UniquePages,
        OptimalPages = task.OptimalPath.Count > 0 ? task.OptimalPath.Count : null,
        Errors = Errors,
    };
}
