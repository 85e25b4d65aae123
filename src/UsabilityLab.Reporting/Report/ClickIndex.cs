using UsabilityLab.Core.Events;
using UsabilityLab.Core.Pages;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Reporting.Report;

/// <summary>
/// Which attempts clicked which element on which page, which pages each attempt visited, and which elements the
/// study's steps click: the facts that tell what the site does on the study's path from what a persona happened to hit
/// (docs/personas.md, "Site or model").
/// </summary>
internal sealed class ClickIndex
{
    private readonly Dictionary<(string Page, string Selector), List<RecordedEvent>> _clicks = [];
    private readonly Dictionary<long, HashSet<string>> _pagesByAttempt = [];
    private readonly Dictionary<long, string> _taskByAttempt;
    private readonly Dictionary<string, HashSet<string>> _stepTargets;

    public ClickIndex(ReportRun run, bool keepQuery)
    {
        _taskByAttempt = run.Attempts.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First().TaskId);
        _stepTargets = (run.Study?.Tasks ?? []).ToDictionary(
            t => t.Id,
            t => t.Steps.Select(s => s switch { ClickStep c => c.Selector, SelectStep c => c.Selector, _ => null })
                .OfType<string>().Select(Normalize).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        foreach (var e in run.Events)
        {
            if (e.AttemptId is not { } attempt || e.Url is null)
            {
                continue;
            }

            var page = PageKey.Normalize(e.Url, keepQuery);
            if (!_pagesByAttempt.TryGetValue(attempt, out var pages))
            {
                _pagesByAttempt[attempt] = pages = new HashSet<string>(StringComparer.Ordinal);
            }

            pages.Add(page);
            if (e.IsClick && e.Selector is { } selector)
            {
                var key = (page, selector);
                if (!_clicks.TryGetValue(key, out var list))
                {
                    _clicks[key] = list = [];
                }

                list.Add(e);
            }
        }
    }

    /// <summary>Every clicked element, by page, with its clicks.</summary>
    public IEnumerable<(string Page, string Selector, IReadOnlyList<RecordedEvent> Clicks)> Elements =>
        _clicks.Select(c => (c.Key.Page, c.Key.Selector, (IReadOnlyList<RecordedEvent>)c.Value));

    /// <summary>The task of an attempt, when known.</summary>
    public string? TaskOf(long attemptId) => _taskByAttempt.GetValueOrDefault(attemptId);

    /// <summary>Every recorded click on the element on the page.</summary>
    public IReadOnlyList<RecordedEvent> Clicks(string page, string selector) => _clicks.TryGetValue((page, selector), out var list) ? list : [];

    /// <summary>Attempts that clicked the element on the page.</summary>
    public IReadOnlySet<long> AttemptsClicking(string page, string selector) =>
        Clicks(page, selector).Select(c => c.AttemptId!.Value).ToHashSet();

    /// <summary>How many sessions (participants) clicked the element on the page: one may click it in several attempts.</summary>
    public int SessionsClicking(string page, string selector) =>
        Clicks(page, selector).Select(c => c.SessionId).Distinct().Count();

    /// <summary>
    /// The element is on the task path: a click or select step of one of <paramref name="tasks"/> targets it, or every
    /// attempt of those tasks that reached the page (at least two) clicked it. A persona's misclick or detour lands on
    /// elements no step names and only in some attempts.
    /// </summary>
    public PathEvidence OnPath(string page, string selector, IReadOnlyCollection<string> tasks)
    {
        if (tasks.Any(t => _stepTargets.TryGetValue(t, out var targets) && targets.Contains(Normalize(selector))))
        {
            return PathEvidence.StudyStep;
        }

        var reached = _pagesByAttempt.Where(p => p.Value.Contains(page) && _taskByAttempt.TryGetValue(p.Key, out var task) && tasks.Contains(task))
            .Select(p => p.Key).ToArray();
        return reached.Length >= 2 && reached.All(AttemptsClicking(page, selector).Contains) ? PathEvidence.EveryAttempt : PathEvidence.None;
    }

    /// <summary>Selectors compared without their quoting: a study writes role=link[name='Shoes'], the recorder name="Shoes".</summary>
    private static string Normalize(string selector) =>
        string.Concat(selector.Where(c => c is not ('"' or '\'') && !char.IsWhiteSpace(c)));
}
