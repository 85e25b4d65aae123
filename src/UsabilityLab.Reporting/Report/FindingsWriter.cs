using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Pages;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>
/// Turns the analysis into plain-language findings for the executive summary, e.g. "8 of 12 participants clicked
/// the product photo, which is not a link". Each candidate is scored by the share of participants it affected
/// (weighted by how severe the kind of problem is); the top three are reported.
/// </summary>
internal static class FindingsWriter
{
    public static IReadOnlyList<string> Top(RunAnalysis analysis, bool keepQuery, int count = 3)
    {
        var total = Math.Max(1, analysis.Participants);
        var candidates = new List<(double Score, string Text)>();
        candidates.AddRange(ElementFindings(analysis.Signals, total, keepQuery));
        candidates.AddRange(PageFindings(analysis.Signals, total, keepQuery));
        foreach (var task in analysis.Tasks.Where(t => t.Attempts > 0 && t.SuccessRate < 0.5))
        {
            var title = task.Title ?? task.Id;
            var text = task.Successes == 0
                ? $"Nobody completed “{title}”: 0 of {task.Attempts} attempts succeeded."
                : $"Only {task.Successes} of {task.Attempts} participants completed “{title}”.";
            candidates.Add((1.2 - task.SuccessRate!.Value, text));
        }

        return candidates.OrderByDescending(c => c.Score).Select(c => c.Text).Distinct(StringComparer.Ordinal).Take(count).ToArray();
    }

    /// <summary>One finding per element with rage, dead or error clicks, phrased after the most severe kind.</summary>
    private static IEnumerable<(double, string)> ElementFindings(IReadOnlyList<TaskSignal> signals, int total, bool keepQuery)
    {
        var clickSignals = signals.Where(s => s.Signal.Kind is SignalKind.RageClick or SignalKind.DeadClick or SignalKind.ErrorClick && s.Signal.Selector is not null);
        foreach (var group in clickSignals.GroupBy(s => (Page: PageKey.Normalize(s.Signal.Url, keepQuery), s.Signal.Selector)))
        {
            var people = group.Select(s => s.Participant).Distinct(StringComparer.Ordinal).Count();
            var first = group.First().Signal;
            var element = ElementNames.Describe(first.Text, first.Selector);
            var page = ElementNames.Page(group.Key.Page);
            var interactive = first.Evidence.FirstOrDefault(e => e.IsClick)?.Interactive;
            var share = (double)people / total;
            var rage = group.Count(s => s.Signal.Kind == SignalKind.RageClick);
            if (group.Any(s => s.Signal.Kind == SignalKind.ErrorClick))
            {
                yield return (share * 1.3, $"{people} of {total} participants clicked {element} on {page} and triggered a JavaScript error: the control does not work.");
            }
            else if (interactive == false)
            {
                yield return (share * 1.1, $"{people} of {total} participants clicked {element} on {page}, which is not a link or button: nothing happened{(rage > 0 ? $" and they kept clicking ({rage} rage-click bursts)" : "")}.");
            }
            else if (rage > 0)
            {
                yield return (share * 1.05, $"{people} of {total} participants clicked {element} on {page} again and again ({rage} rage-click bursts) before it responded.");
            }
            else
            {
                yield return (share * 0.9, $"{people} of {total} participants clicked {element} on {page} and saw no reaction.");
            }
        }
    }

    private static IEnumerable<(double, string)> PageFindings(IReadOnlyList<TaskSignal> signals, int total, bool keepQuery)
    {
        foreach (var group in signals.Where(s => s.Signal.Kind is SignalKind.QuickBack or SignalKind.ExcessiveScrolling or SignalKind.Hesitation)
                     .GroupBy(s => (s.Signal.Kind, Page: PageKey.Normalize(s.Signal.Url, keepQuery))))
        {
            var people = group.Select(s => s.Participant).Distinct(StringComparer.Ordinal).Count();
            var share = (double)people / total;
            var page = ElementNames.Page(group.Key.Page);
            var first = group.First().Signal;
            yield return group.Key.Kind switch
            {
                SignalKind.QuickBack => (share * 0.95, $"{people} of {total} participants opened {page}{(first.Text is { Length: > 0 } ? $" via {ElementNames.Describe(first.Text, null)}" : "")} and went straight back: the page was not what the label promised."),
                SignalKind.ExcessiveScrolling => (share * 0.8, $"{people} of {total} participants scrolled up and down {page} searching for something."),
                _ => (share * 0.45, $"{people} of {total} participants hesitated 10 s or more on {page} before their first click."),
            };
        }
    }
}
