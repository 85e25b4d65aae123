using System.Globalization;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Reporting.Report;

/// <summary>Moderator notes and outcome overrides, shaped for the task sections and the summary.</summary>
internal static class Observations
{
    private static readonly string[] SeverityNames = ["", "cosmetic", "minor", "major", "critical"];

    public static IReadOnlyList<ObservationView> For(IReadOnlyList<ReportObservation> all, string taskId) =>
        all.Where(o => o.TaskId == taskId).OrderBy(o => o.Participant, StringComparer.Ordinal).ThenBy(o => o.SecondsIntoTask).Select(View).ToArray();

    /// <summary>Issues across participants, most severe first (the summary's list).</summary>
    public static IReadOnlyList<(string Severity, IReadOnlyList<ObservationView> Issues)> IssuesBySeverity(IReadOnlyList<ReportObservation> all) =>
        all.Where(o => o.Tag == "issue")
            .GroupBy(o => o.Severity)
            .OrderByDescending(g => g.Key)
            .Select(g => (SeverityName(g.Key), (IReadOnlyList<ObservationView>)g.Select(View).ToArray()))
            .ToArray();

    public static IReadOnlyList<string> Overrides(IReadOnlyList<AttemptRecord> attempts) =>
        attempts.Where(a => a.AutomaticOutcome is { } automatic && automatic != a.Outcome)
            .OrderBy(a => a.Participant, StringComparer.Ordinal)
            .Select(a => $"{a.Participant}: {Name(a.Outcome)} (set by the moderator; the automatic criteria said {Name(a.AutomaticOutcome!.Value)})")
            .ToArray();

    public static string SeverityName(int severity) => severity is >= 1 and <= 4 ? $"{severity} · {SeverityNames[severity]}" : severity.ToString(CultureInfo.InvariantCulture);

    private static ObservationView View(ReportObservation o) => new(
        o.Participant,
        TimeSpan.FromSeconds(Math.Max(0, o.SecondsIntoTask)).ToString(@"m\:ss", CultureInfo.InvariantCulture),
        o.Tag,
        o.Severity,
        o.Text,
        o.FrameJpeg is { Length: > 0 } jpeg ? "data:image/jpeg;base64," + Convert.ToBase64String(jpeg) : null);

    private static string Name(AttemptOutcome outcome) => outcome.ToString().ToLowerInvariant();
}
