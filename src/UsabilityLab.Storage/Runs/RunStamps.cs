using Microsoft.EntityFrameworkCore;

namespace UsabilityLab.Storage.Runs;

/// <summary>Reads <see cref="RunStamp"/>s: whether a run changed since something was computed from it.</summary>
public sealed class RunStamps(LabDatabase database)
{
    /// <summary>Run <paramref name="runId"/>'s stamp; null when there is no such run.</summary>
    public async Task<RunStamp?> OfAsync(long runId, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var run = await db.Runs.Where(r => r.Id == runId).Select(r => new { r.Status, r.EndedAt }).FirstOrDefaultAsync(ct);
        if (run is null)
        {
            return null;
        }

        var attempts = db.TaskAttempts.Where(a => a.Session!.RunId == runId);
        var tally = await attempts.GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Last = g.Max(a => a.Id), Outcomes = g.Sum(a => (long)a.Outcome) })
            .FirstOrDefaultAsync(ct);
        var answers = await db.QuestionnaireResponses.CountAsync(q => q.RunId == runId, ct);
        var notes = await db.Notes.CountAsync(n => db.Sessions.Any(s => s.Id == n.SessionId && s.RunId == runId), ct);
        return new RunStamp(run.Status, run.EndedAt, tally?.Count ?? 0, tally?.Last ?? 0, tally?.Outcomes ?? 0, answers, notes);
    }
}
