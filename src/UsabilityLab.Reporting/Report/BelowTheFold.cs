using System.Globalization;
using UsabilityLab.Core.Heatmaps;

namespace UsabilityLab.Reporting.Report;

/// <summary>
/// A control the study's steps click whose top lies below the first screen: nobody sees it without scrolling. A fact
/// of the page's layout at the recorded viewport, the same for people and for every persona, so it is never model output.
/// </summary>
internal static class BelowTheFold
{
    public static IEnumerable<Finding> Find(ReportRun run, ClickIndex index, Wording who)
    {
        var heights = ScrollDepth.ViewportHeights(run.Events);
        var fallback = run.Study?.Viewport?.Height;
        foreach (var (page, selector, clicks) in index.Elements)
        {
            var tasks = clicks.Select(c => index.TaskOf(c.AttemptId!.Value)).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var tops = clicks.Where(c => c.BoxY is not null).Select(c => (Top: c.BoxY!.Value, Screen: heights.TryGetValue(c.SessionId, out var h) ? h : fallback)).ToArray();
            if (tops.Length == 0 || tops.Any(t => t.Screen is null || t.Top < t.Screen) || index.OnPath(page, selector, tasks) != PathEvidence.StudyStep)
            {
                continue;
            }

            var first = clicks[0];
            var top = tops.Select(t => t.Top).Order().ElementAt(tops.Length / 2);
            var screen = tops[0].Screen!.Value;
            var sessions = clicks.Select(c => c.AttemptId).Distinct().Count();
            var element = ElementNames.Describe(first.Text, selector, first.Tag);
            yield return new Finding(
                0.85 * Math.Min(1, (double)sessions / who.Total),
                string.Create(CultureInfo.InvariantCulture, $"{char.ToUpperInvariant(element[0])}{element[1..]} on {ElementNames.Page(page)} sits {top:#,0} px down the page, below the first screen ({screen} px high): the study's path needs it, and all {sessions} {(who.Simulated ? "simulated sessions" : who.People)} that used it had to scroll to find it."),
                Chance: false);
        }
    }
}
