using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Storage.Entities;
using UsabilityLab.Storage.Runs;

namespace UsabilityLab.Storage.Moderation;

/// <summary>
/// Moderated studies collect participants one session at a time, often over days; every session of the same study
/// file joins one run so that analysis sees all participants together.
/// </summary>
/// <param name="database">The database the runs are in.</param>
/// <param name="time">The clock a run's start and end are read from and its lease's heartbeats run on;
/// <see cref="TimeProvider.System"/> when null.</param>
public sealed class ModeratedRuns(LabDatabase database, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>
    /// The run a new session joins: <paramref name="runId"/> when given (it must be a moderated run of this study
    /// version), else the latest moderated run of this study version, else a new run. The run is marked running and
    /// held by this process until the lease is disposed (one session records into a run at a time).
    /// </summary>
    public async Task<(long RunId, bool Created, RunLease Lease)> OpenAsync(Study study, string sourceText, string sha256, string? sourcePath, long? runId, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var candidates = db.Runs.Include(r => r.Study).Where(r => r.Mode == RunMode.Moderated);
        RunRow? run;
        if (runId is { } id)
        {
            run = await db.Runs.Include(r => r.Study).FirstOrDefaultAsync(r => r.Id == id, ct)
                ?? throw new InputException($"--run {id}: no run {id} in {database.Location}; leave --run out to start or continue this study's moderated run");
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
            run = await LatestOf(candidates, study, sha256).FirstOrDefaultAsync(ct);
        }

        if (run is not null)
        {
            return (run.Id, false, await RunLease.TakeAsync(database, run.Id, _time, ct));
        }

        var plan = new RunPlan
        {
            Status = RunStatus.Running,
            Mode = RunMode.Moderated,
            Target = study.Target.ToString(),
            Seed = study.Participants.Seed,
            Workers = 1,
            ParticipantsPlanned = study.Participants.Count,
            StartedAt = _time.GetUtcNow(),
        };
        var (created, lease) = await new RunWriter(database, _time).CreateHeldRunAsync(study, sourceText, sha256, sourcePath, plan, ct);
        return (created, true, lease);
    }

    /// <summary>
    /// Whether <paramref name="participant"/> has attempted every task of <paramref name="study"/> in the run a session of
    /// theirs would join (<see cref="OpenAsync"/>'s choice, made without holding it; attempts a stop interrupted do not
    /// count): nothing is left for them to do, and no session needs the run.
    /// </summary>
    public async Task<bool> AttemptedEveryTaskAsync(Study study, string sha256, long? runId, string participant, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var run = runId ?? await LatestOf(db.Runs.Where(r => r.Mode == RunMode.Moderated), study, sha256).Select(r => (long?)r.Id).FirstOrDefaultAsync(ct);
        if (run is null)
        {
            return false;
        }

        var attempted = await db.TaskAttempts
            .Where(a => a.Session!.RunId == run && a.Session.Participant!.Label == participant && a.Outcome != AttemptOutcome.Interrupted)
            .Select(a => a.TaskKey)
            .Distinct()
            .ToListAsync(ct);
        return study.Tasks.All(t => attempted.Contains(t.Id));
    }

    /// <summary>The moderated runs of this study version, newest first.</summary>
    private static IQueryable<RunRow> LatestOf(IQueryable<RunRow> runs, Study study, string sha256) =>
        runs.Where(r => r.Study!.Sha256 == sha256 && r.Study.Name == study.Name).OrderByDescending(r => r.Id);

    /// <summary>Sets the run's status once its session ended (which lets go of the run).</summary>
    public Task SetStatusAsync(long runId, RunStatus status, CancellationToken ct = default) =>
        new RunWriter(database, _time).FinishRunAsync(runId, status, ct);

    /// <summary>Participants the run has so far.</summary>
    public async Task<int> ParticipantCountAsync(long runId, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        return await db.Participants.CountAsync(p => p.RunId == runId, ct);
    }
}
