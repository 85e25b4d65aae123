using UsabilityLab.Core.Events;
using UsabilityLab.Core.Pages;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Reporting.Report;

/// <summary>The page paths participants took through a task, most common first.</summary>
internal static class PathAnalysis
{
    public static IReadOnlyList<PathCount> MostCommon(IReadOnlyList<AttemptRecord> attempts, ILookup<long, RecordedEvent> eventsByAttempt, bool keepQuery, int count = 5)
    {
        return attempts
            .Select(a => (Path: PathOf(eventsByAttempt[a.Id], keepQuery), Success: a.Outcome == AttemptOutcome.Success))
            .Where(p => p.Path.Count > 0)
            .GroupBy(p => string.Join('\n', p.Path), StringComparer.Ordinal)
            .Select(g => new PathCount(g.First().Path, g.Count(), g.Count(p => p.Success)))
            .OrderByDescending(p => p.Attempts)
            .ThenByDescending(p => p.Successes)
            .ThenBy(p => p.Pages.Count)
            .Take(count)
            .ToArray();
    }

    /// <summary>Page keys of the attempt's navigations; a reload or an in-page jump does not add a step.</summary>
    internal static IReadOnlyList<string> PathOf(IEnumerable<RecordedEvent> events, bool keepQuery)
    {
        var path = new List<string>();
        foreach (var e in events.Where(e => e.Kind == EventKind.Navigation && e.Url is not null && e.Url.StartsWith("http", StringComparison.OrdinalIgnoreCase)))
        {
            var key = PageKey.Normalize(e.Url, keepQuery);
            if (path.Count == 0 || path[^1] != key)
            {
                path.Add(key);
            }
        }

        return path;
    }
}
