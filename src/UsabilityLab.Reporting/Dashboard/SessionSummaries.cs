using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Personas;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Reporting.Dashboard;

/// <summary>The sessions of a run, most worth watching first (<see cref="FrustrationScore"/>), ties by label.</summary>
public static class SessionSummaries
{
    /// <summary>One summary per participant of <paramref name="run"/>.</summary>
    public static IReadOnlyList<SessionSummary> Build(ReportRun run, RunAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(analysis);
        var attempts = run.Attempts.Where(a => !a.Unrestored && a.Outcome is not AttemptOutcome.Interrupted).ToLookup(a => a.Participant);
        var signals = analysis.Signals.ToLookup(s => s.Participant ?? "");
        var notes = run.Observations.ToLookup(o => o.Participant);
        return run.Participants
            .Select(p =>
            {
                var own = attempts[p.Label].ToArray();
                var kinds = signals[p.Label].Select(s => s.Signal.Kind).ToArray();
                return new SessionSummary(
                    p.Label,
                    p.Persona,
                    p.Device,
                    p.Status,
                    own.Count(a => a.Outcome == AttemptOutcome.Success),
                    own.Length,
                    own.Count(a => a.Outcome is AttemptOutcome.Failed or AttemptOutcome.Abandoned),
                    kinds.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count()),
                    notes[p.Label].Count(),
                    FrustrationScore.Of(kinds, own.Select(a => a.Outcome)),
                    PersonaProfile.IsSimulated(p.Persona));
            })
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Participant, StringComparer.Ordinal)
            .ToArray();
    }
}
