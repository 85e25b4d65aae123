using System.Globalization;
using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Reporting.Dashboard;

/// <summary>
/// One participant's session as a timeline: task boundaries, navigations, clicks (named as a person sees the element),
/// typing (never what was typed), errors, dialogs, signals and moderator notes, in time order.
/// </summary>
public static class SessionTimeline
{
    /// <summary>The timeline of <paramref name="participant"/> in <paramref name="run"/>; empty when they have no attempt.</summary>
    public static IReadOnlyList<TimelineEntry> Build(ReportRun run, RunAnalysis analysis, string participant)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(analysis);
        var attempts = run.Attempts.Where(a => a.Participant == participant).ToArray();
        var attemptIds = attempts.Select(a => a.Id).ToHashSet();
        var taskOf = attempts.ToDictionary(a => a.Id, a => a.TaskId);
        var sessions = run.Events.Where(e => e.AttemptId is { } id && attemptIds.Contains(id)).Select(e => e.SessionId).ToHashSet();
        var titles = run.Tasks.ToDictionary(t => t.Id, t => t.Title);
        var entries = new List<TimelineEntry>();
        foreach (var attempt in attempts)
        {
            var title = titles.GetValueOrDefault(attempt.TaskId) ?? attempt.TaskId;
            entries.Add(new(attempt.StartMs / 1000, "task", $"Task “{title}” started", null, attempt.TaskId));
            entries.Add(new(attempt.EndMs / 1000, "task", $"Task “{title}” ended: {Outcome(attempt)} after {Seconds(attempt.TimeSeconds)}", attempt.Reason, attempt.TaskId));
        }

        foreach (var e in run.Events.Where(e => sessions.Contains(e.SessionId)))
        {
            if (Describe(e) is { } line)
            {
                entries.Add(new(e.TimeMs / 1000, line.Kind, line.Text, line.Detail, e.AttemptId is { } id ? taskOf.GetValueOrDefault(id) : null));
            }
        }

        foreach (var signal in analysis.Signals.Where(s => s.Participant == participant))
        {
            var s = signal.Signal;
            entries.Add(new(s.TimeMs / 1000, "signal", $"{SignalText.Label(s.Kind)} on {ElementNames.Describe(s.Text, s.Selector)}", s.Selector ?? s.Url, signal.TaskId));
        }

        var starts = attempts.GroupBy(a => a.TaskId).ToDictionary(g => g.Key, g => g.First().StartMs);
        foreach (var note in run.Observations.Where(o => o.Participant == participant))
        {
            var start = note.TaskId is { } task ? starts.GetValueOrDefault(task) : 0;
            entries.Add(new((start / 1000) + note.SecondsIntoTask, "note", $"Note ({note.Tag}, severity {note.Severity}): {note.Text}", null, note.TaskId));
        }

        return entries.OrderBy(e => e.Seconds).ThenBy(e => e.Kind == "task" ? 0 : 1).ToArray();
    }

    private static (string Kind, string Text, string? Detail)? Describe(RecordedEvent e) => e.Kind switch
    {
        EventKind.Navigation => ("navigation", $"Went to {PathOf(e.Url)}", e.Detail),
        EventKind.Click or EventKind.DblClick => ("click", $"{(e.Pointer == PointerKind.Mouse ? "Clicked" : "Tapped")} {ElementNames.Describe(e.Text, e.Selector, e.Tag)}", e.Selector),
        EventKind.ContextMenu => ("click", $"Right-clicked {ElementNames.Describe(e.Text, e.Selector, e.Tag)}", e.Selector),
        // Named by the field only: a change event's text is what was typed (kept when a study records values), never shown here.
        EventKind.Change => ("input", $"Typed in {ElementNames.Describe(null, e.Selector, e.Tag)}", e.Selector),
        EventKind.Submit => ("input", "Submitted a form", e.Selector),
        EventKind.ValidationError => ("error", "The form refused the input", e.Detail),
        EventKind.PageError => ("error", "Script error on the page", e.Detail),
        EventKind.HttpError => ("error", $"HTTP {e.Value?.ToString(CultureInfo.InvariantCulture) ?? "error"}", e.Detail ?? e.Url),
        EventKind.RequestFailed => ("error", "A request failed", e.Detail ?? e.Url),
        EventKind.Dialog => ("dialog", "The page showed a dialog", e.Detail),
        EventKind.Popup => ("navigation", "A new window opened", e.Url),
        EventKind.Crash => ("error", "The page crashed", e.Detail),
        EventKind.Disconnect => ("error", "The browser disconnected", e.Detail),
        _ => null,
    };

    private static string PathOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? (uri.PathAndQuery + uri.Fragment) switch { "/" => "the home page", var p => p } : url ?? "a page";

    private static string Outcome(AttemptRecord attempt) => attempt.Outcome switch
    {
        AttemptOutcome.Success => "success",
        AttemptOutcome.Failed => "failed",
        AttemptOutcome.Abandoned => "gave up",
        AttemptOutcome.Error => "tool error",
        AttemptOutcome.Crashed => "browser crashed",
        _ => "interrupted",
    };

    private static string Seconds(double s) => s.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
