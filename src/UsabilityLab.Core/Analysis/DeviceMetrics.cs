using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Core.Analysis;

/// <summary>The per-task metrics of the participants on one device, for runs spread over more than one device.</summary>
/// <param name="Device">The Playwright device name; <see cref="DesktopBrowser"/> for sessions on no device.</param>
/// <param name="Participants">Participants with at least one finished attempt on it.</param>
/// <param name="Tasks">Per-task metrics computed from those participants' attempts only, in the run's task order.</param>
public sealed record DeviceMetrics(string Device, int Participants, IReadOnlyList<TaskMetrics> Tasks)
{
    /// <summary>How attempts without a device (the desktop browser at the study's viewport) are labelled.</summary>
    public const string DesktopBrowser = "desktop browser";

    /// <summary>
    /// One entry per device in order of first appearance, or none when every attempt ran on the same device: a split
    /// of one group would only repeat the overall figures.
    /// </summary>
    /// <param name="attempts">The finished attempts the overall metrics use.</param>
    /// <param name="answers">Every questionnaire answer (each device gets its participants' answers).</param>
    /// <param name="tasksOf">The overall per-task computation, applied to a device's attempts and answers.</param>
    public static IReadOnlyList<DeviceMetrics> Split(
        IReadOnlyList<AttemptRecord> attempts,
        IReadOnlyList<QuestionnaireAnswer> answers,
        Func<IReadOnlyList<AttemptRecord>, IReadOnlyList<QuestionnaireAnswer>, IReadOnlyList<TaskMetrics>> tasksOf)
    {
        var groups = attempts.GroupBy(a => a.Device ?? DesktopBrowser, StringComparer.Ordinal).ToArray();
        if (groups.Length < 2)
            return [];
        return groups.Select(g =>
        {
            var participants = g.Select(a => a.Participant).ToHashSet(StringComparer.Ordinal);
            return new DeviceMetrics(g.Key, participants.Count, tasksOf([.. g], [.. answers.Where(a => participants.Contains(a.Participant))]));
        }).ToArray();
    }
}
