using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Pages;
using UsabilityLab.Core.Personas;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>
/// Turns the analysis into plain-language findings for the executive summary. Each candidate is scored by the share
/// of participants it affected (weighted by how severe the kind of problem is). With people, findings are observations
/// ("8 of 12 participants clicked the product photo, which is not a link"). With simulated participants they are split
/// (docs/personas.md, "Site or model"): what the site did on the study's path, reproducibly, and what the persona model
/// produced by chance, phrased as model output and never as what people do.
/// </summary>
internal static class FindingsWriter
{
    public static KeyFindings Top(ReportRun run, RunAnalysis analysis, bool keepQuery, int count = 3)
    {
        var index = new ClickIndex(run, keepQuery);
        var simulated = analysis.Simulated;
        // The exact persona draws nothing at random: everything it ran into is the site's doing.
        var exactOnly = simulated && run.Participants.Count > 0 && run.Participants.All(p => p.Persona == PersonaProfile.Exact.Name);
        var total = Math.Max(1, analysis.Participants);
        var who = new Wording(simulated, total);
        var candidates = new List<Finding>();
        candidates.AddRange(ElementFindings(analysis.Signals, index, who, exactOnly, keepQuery));
        candidates.AddRange(PageFindings(analysis.Signals, who, exactOnly, keepQuery));
        candidates.AddRange(BelowTheFold.Find(run, index, who));
        foreach (var task in analysis.Tasks.Where(t => t.Attempts > 0 && t.SuccessRate < 0.5))
        {
            var title = task.Title ?? task.Id;
            candidates.Add(task.Successes == 0
                ? new Finding(1.2, $"Nobody completed “{title}”: 0 of {task.Attempts} {who.Attempts} succeeded.", Chance: false)
                : new Finding(1.2 - task.SuccessRate!.Value, simulated
                    ? $"Under the persona model, only {task.Successes} of {task.Attempts} {who.Attempts} completed “{title}”."
                    : $"Only {task.Successes} of {task.Attempts} participants completed “{title}”.", Chance: simulated && !exactOnly));
        }

        string[] Best(bool chance) => candidates.Where(c => c.Chance == chance).OrderByDescending(c => c.Score)
            .Select(c => c.Text).Distinct(StringComparer.Ordinal).Take(count).ToArray();
        return new KeyFindings(Best(chance: false), Best(chance: true));
    }

    /// <summary>One finding per element with rage, dead or error clicks, phrased after the most severe kind.</summary>
    private static IEnumerable<Finding> ElementFindings(IReadOnlyList<TaskSignal> signals, ClickIndex index, Wording who, bool exactOnly, bool keepQuery)
    {
        var clickSignals = signals.Where(s => s.Signal.Kind is SignalKind.RageClick or SignalKind.DeadClick or SignalKind.ErrorClick && s.Signal.Selector is not null);
        foreach (var group in clickSignals.GroupBy(s => (Page: PageKey.Normalize(s.Signal.Url, keepQuery), Selector: s.Signal.Selector!)))
        {
            var people = group.Select(s => s.Participant).Distinct(StringComparer.Ordinal).Count();
            var first = group.First().Signal;
            var click = first.Evidence.FirstOrDefault(e => e.IsClick);
            var element = ElementNames.Describe(first.Text, first.Selector, click?.Tag);
            var page = ElementNames.Page(group.Key.Page);
            var share = (double)people / who.Total;
            var rage = group.Count(s => s.Signal.Kind == SignalKind.RageClick);
            var kind = group.Any(s => s.Signal.Kind == SignalKind.ErrorClick) ? SignalKind.ErrorClick
                : rage > 0 && click?.Interactive != false ? SignalKind.RageClick : SignalKind.DeadClick;
            if (!who.Simulated)
            {
                yield return Observed(kind, click?.Interactive, people, element, page, rage, share, who.Total);
                continue;
            }

            var tasks = group.Select(s => s.TaskId).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var path = index.OnPath(group.Key.Page, group.Key.Selector, tasks);
            var clicked = index.AttemptsClicking(group.Key.Page, group.Key.Selector);
            // The site's answer is reproducible when every attempt that clicked the element got it: an error, or no
            // reaction at all. A rage burst is the persona's answer to that, so it is never the site's doing.
            var answered = group.Where(s => s.Signal.Kind == kind).Select(s => s.Signal.AttemptId).OfType<long>().ToHashSet();
            var consistent = kind != SignalKind.RageClick && (click?.Interactive == false || clicked.All(answered.Contains));
            yield return exactOnly || (path != PathEvidence.None && consistent)
                ? SimulatedFinding.Site(kind, click?.Interactive, path, element, page, group.Select(s => s.Signal).FirstOrDefault(s => s.Kind == kind) ?? first, index.SessionsClicking(group.Key.Page, group.Key.Selector), share)
                : SimulatedFinding.Model(kind, click?.Interactive, people, element, page, rage, share, who.Total);
        }
    }

    private static Finding Observed(SignalKind kind, bool? interactive, int people, string element, string page, int rage, double share, int total) =>
        kind switch
        {
            SignalKind.ErrorClick => new(share * 1.3, $"{people} of {total} participants clicked {element} on {page} and triggered a JavaScript error: the control does not work.", false),
            _ when interactive == false => new(share * 1.1, $"{people} of {total} participants clicked {element} on {page}, which is not a link or button: nothing happened{(rage > 0 ? $" and they kept clicking ({rage} rage-click bursts)" : "")}.", false),
            SignalKind.RageClick => new(share * 1.05, $"{people} of {total} participants clicked {element} on {page} again and again ({rage} rage-click bursts) before it responded.", false),
            _ => new(share * 0.9, $"{people} of {total} participants clicked {element} on {page} and saw no reaction.", false),
        };

    private static IEnumerable<Finding> PageFindings(IReadOnlyList<TaskSignal> signals, Wording who, bool exactOnly, bool keepQuery)
    {
        foreach (var group in signals.Where(s => s.Signal.Kind is SignalKind.QuickBack or SignalKind.ExcessiveScrolling or SignalKind.Hesitation)
                     .GroupBy(s => (s.Signal.Kind, Page: PageKey.Normalize(s.Signal.Url, keepQuery))))
        {
            var people = group.Select(s => s.Participant).Distinct(StringComparer.Ordinal).Count();
            var share = (double)people / who.Total;
            var page = ElementNames.Page(group.Key.Page);
            var first = group.First().Signal;
            var via = first.Text is { Length: > 0 } ? $" via {ElementNames.Describe(first.Text, first.Selector)}" : "";
            // Where a person goes, how long they think and how they scroll is the persona model's draw, not the site's.
            var model = who.Simulated && !exactOnly;
            yield return (group.Key.Kind, model) switch
            {
                (SignalKind.QuickBack, false) => new(share * 0.95, $"{people} of {who.Total} {who.People} opened {page}{via} and went straight back: the page was not what the label promised.", false),
                (SignalKind.QuickBack, true) => new(share * 0.95, $"Persona model: in {people} of {who.Total} simulated sessions a random detour opened {page}{via} and went straight back (detours favour links that share words with the task).", true),
                (SignalKind.ExcessiveScrolling, false) => new(share * 0.8, $"{people} of {who.Total} {who.People} scrolled up and down {page} searching for something.", false),
                (SignalKind.ExcessiveScrolling, true) => new(share * 0.8, $"Persona model: in {people} of {who.Total} simulated sessions the model scrolled up and down {page}.", true),
                (_, false) => new(share * 0.45, $"{people} of {who.Total} {who.People} hesitated 10 s or more on {page} before their first click.", false),
                _ => new(share * 0.45, $"Persona model: in {people} of {who.Total} simulated sessions the drawn think time before the first click on {page} reached 10 s or more.", true),
            };
        }
    }
}
