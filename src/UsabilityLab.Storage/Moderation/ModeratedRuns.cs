using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Studies;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Moderation;

/// <summary>
/// Moderated studies collect participants one session at a time, often over days; every session of the same study
/// file joins one run so that analysis sees all participants together.
/// </summary>
public sealed class ModeratedRuns(LabDatabase database)
{
    /// <summary>
    /// The run a new session joins: <paramref name="runId"/> when given (it must be a moderated run of this study
    /// version), else the latest moderated run of this study version, else a new run. The run is marked running.
    /// </summary>
    public async Task<(long RunId, bool Created)> OpenAsync(Study study, string sourceText, string sha256, string? sourcePath, long? runId, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var candidates = db.Runs.Include(r => r.Study).Where(r => r.Mode == RunMode.Moderated);
        RunRow? run;
        if (runId is { } id)
        {
            run = await db.Runs.Include(r => r.Study).FirstOrDefaultAsync(r => r.Id == id, ct)
                ?? throw new InputException($"--run {id}: no run {id} in {database.Path}; leave --run out to start or continue this study's moderated run");
            if (run.Mode != RunMode.Moderated)
            {
                throw new InputException($"--run {id}: run {id} is a {run.Mode.ToString().ToLowerInvariant()} run; moderated sessions join moderated runs only");
            }

            if (run.Study!.Sha256 != sha256)
            {
                throw new InputException($"--run {id}: that run recorded a different version of the study file; use the file it was started with, or leave --run out to start a new run");
            }
        }
        else
        {
            run = await candidates.Where(r => r.Study!.Sha256 == sha256 && r.Study.Name == study.Name).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        }

        if (run is not null)
        {
            await SetStatusAsync(run.Id, RunStatus.Running, ct);
            return (run.Id, false);
        }

        var created = await new RunWriter(database).CreateRunAsync(study, sourceText, sha256, sourcePath, new RunRow
        {
            Status = RunStatus.Running,
            Mode = RunMode.Moderated,
            Target = study.Target.ToString(),
            Seed = study.Participants.Seed,
            Workers = 1,
            ParticipantsPlanned = study.Participants.Count,
            StartedAt = DateTimeOffset.UtcNow,
        }, ct);
        return (created, true);
    }

    /// <summary>Sets the run's status; a running run has no end time.</summary>
    public async Task SetStatusAsync(long runId, RunStatus status, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        DateTimeOffset? ended = status == RunStatus.Running ? null : DateTimeOffset.UtcNow;
        await db.Runs.Where(r => r.Id == runId).ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, status).SetProperty(r => r.EndedAt, ended), ct);
    }

    /// <summary>Participants the run has so far.</summary>
    public async Task<int> ParticipantCountAsync(long runId, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        return await db.Participants.CountAsync(p => p.RunId == runId, ct);
    }
}
