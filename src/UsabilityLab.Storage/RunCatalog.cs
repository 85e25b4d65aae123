using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Errors;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage;

/// <summary>Finds runs by id or study name, and reopens an interrupted run for <c>--resume</c>.</summary>
public sealed class RunCatalog(LabDatabase database)
{
    /// <summary>
    /// Resolves <paramref name="runOrStudy"/>: a run id, or a study name (its latest run). Unknown → <see cref="InputException"/>.
    /// </summary>
    public async Task<RunRow> ResolveAsync(string runOrStudy, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        RunRow? run = long.TryParse(runOrStudy, out var id)
            ? await db.Runs.Include(r => r.Study).FirstOrDefaultAsync(r => r.Id == id, ct)
            : await db.Runs.Include(r => r.Study).Where(r => r.Study!.Name == runOrStudy).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (run is not null)
        {
            return run;
        }

        var known = await db.Runs.OrderByDescending(r => r.Id).Take(5).Select(r => r.Id + " (" + r.Study!.Name + ")").ToListAsync(ct);
        var hint = known.Count == 0 ? $"the database {database.Path} has no runs yet; record one with './lab run FILE'" : $"recent runs: {string.Join(", ", known)}";
        throw new InputException($"no run '{runOrStudy}' in {database.Path}; {hint}");
    }

    /// <summary>Reopens an interrupted (or failed) run of the same study for resuming.</summary>
    public async Task<RunRow> ReopenAsync(long runId, string studySha256, CancellationToken ct = default)
    {
        var run = await ResolveAsync(runId.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        if (run.Study!.Sha256 != studySha256)
        {
            throw new InputException($"--resume {runId}: that run recorded a different version of the study file (hash {run.Study.Sha256[..Math.Min(12, run.Study.Sha256.Length)]}…); resume with the file it was started with, or start a new run");
        }

        if (run.Status == RunStatus.Completed)
        {
            throw new InputException($"--resume {runId}: run {runId} is already complete; start a new run instead");
        }

        await using var db = database.CreateContext();
        await db.Runs.Where(r => r.Id == runId).ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, RunStatus.Running), ct);
        // Attempts cut short by the interruption stay visible as such, and are re-run.
        await db.TaskAttempts.Where(a => a.Session!.RunId == runId && a.Outcome == Core.Sessions.AttemptOutcome.Interrupted)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Reason, "interrupted; re-run on resume"), ct);
        return run;
    }
}
