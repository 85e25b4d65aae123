using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Storage.Entities;
using UsabilityLab.Storage.Runs;

namespace UsabilityLab.Storage;

/// <summary>Finds runs by id or study name, and reopens an interrupted run for <c>--resume</c>.</summary>
/// <param name="database">The database the runs are in.</param>
/// <param name="time">The clock a reopened run's lease is taken and kept on (<see cref="TimeProvider.System"/> when null):
/// the one its recorder writes with, so heartbeats and the liveness check agree.</param>
public sealed class RunCatalog(LabDatabase database, TimeProvider? time = null)
{
    /// <summary>
    /// Resolves <paramref name="runOrStudy"/>: a run id, a sharded run's key, or a study name (its latest run). Unknown →
    /// <see cref="InputException"/>.
    /// </summary>
    public async Task<StoredRun> ResolveAsync(string runOrStudy, CancellationToken ct = default) =>
        RunReader.Stored(await FindAsync(runOrStudy, ct));

    private async Task<RunRow> FindAsync(string runOrStudy, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        RunRow? run = long.TryParse(runOrStudy, out var id)
            ? await db.Runs.Include(r => r.Study).FirstOrDefaultAsync(r => r.Id == id, ct)
            : await db.Runs.Include(r => r.Study).FirstOrDefaultAsync(r => r.RunKey == runOrStudy, ct)
                ?? await db.Runs.Include(r => r.Study).Where(r => r.Study!.Name == runOrStudy).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (run is not null)
        {
            return run;
        }

        var known = await db.Runs.OrderByDescending(r => r.Id).Take(5).Select(r => r.Id + " (" + r.Study!.Name + ")").ToListAsync(ct);
        var hint = known.Count == 0 ? $"the database {database.Location} has no runs yet; record one with './lab run FILE'" : $"recent runs: {string.Join(", ", known)}";
        throw new InputException($"no run '{runOrStudy}' in {database.Location}; {hint}");
    }

    /// <summary>
    /// Reopens an interrupted (or failed) run of the same study for resuming, held by this process until the lease is
    /// disposed; refused while another process still records it.
    /// </summary>
    public async Task<(StoredRun Run, RunLease Lease)> ReopenAsync(long runId, string studySha256, CancellationToken ct = default)
    {
        var run = await FindAsync(runId.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        if (run.Study!.Sha256 != studySha256)
        {
            throw new InputException($"--resume {runId}: that run recorded a different version of the study file (hash {run.Study.Sha256[..Math.Min(12, run.Study.Sha256.Length)]}…); resume with the file it was started with, or start a new run");
        }

        if (run.Status == RunStatus.Completed)
        {
            throw new InputException($"--resume {runId}: run {runId} is already complete; start a new run instead");
        }

        if (run.ShardCount is { } shards)
        {
            throw new InputException($"--resume {runId}: run {runId} is recorded in {shards} shards (key {run.RunKey}); run a shard that has not finished again with --shard K/{shards} --run-key {run.RunKey}");
        }

        var lease = await RunLease.TakeAsync(database, runId, time, ct);
        await using var db = database.CreateContext();
        // Attempts cut short by the interruption stay visible as such, and are re-run.
        await db.TaskAttempts.Where(a => a.Session!.RunId == runId && a.Outcome == Core.Sessions.AttemptOutcome.Interrupted && a.Reason == RunWriter.InProgress)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Reason, "interrupted; re-run on resume"), ct);
        return (RunReader.Stored(run), lease);
    }

    /// <summary>Participants of the run who attempted every task, and how many were planned.</summary>
    public async Task<(int Done, int Planned)> ProgressAsync(long runId, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var tasks = await db.TaskDefinitions.CountAsync(t => t.RunId == runId, ct);
        var planned = await db.Runs.Where(r => r.Id == runId).Select(r => r.ParticipantsPlanned).SingleAsync(ct);
        var finished = await db.TaskAttempts
            .Where(a => a.Session!.RunId == runId && a.Outcome != Core.Sessions.AttemptOutcome.Interrupted)
            .Select(a => new { a.Session!.ParticipantId, a.TaskKey })
            .Distinct()
            .ToListAsync(ct);
        return (finished.GroupBy(f => f.ParticipantId).Count(g => g.Count() >= tasks), planned);
    }

    /// <summary>The database's runs, newest first, of one study when <paramref name="study"/> is given; at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<RunListing>> ListAsync(string? study, int limit, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var runs = await db.Runs.Where(r => study == null || r.Study!.Name == study)
            .OrderByDescending(r => r.Id)
            .Take(limit)
            .Select(r => new
            {
                r.Id, Study = r.Study!.Name, r.Mode, r.Status, r.EndReason, r.ParticipantsPlanned, r.StartedAt, r.EndedAt, r.RunKey, r.ShardCount,
                ShardsDone = r.Shards.Count(s => s.Status == RunStatus.Completed),
            })
            .ToListAsync(ct);
        var listed = new List<RunListing>(runs.Count);
        foreach (var r in runs)
        {
            var (done, _) = await ProgressAsync(r.Id, ct);
            listed.Add(new RunListing(r.Id, r.Study, r.Mode, r.Status, r.EndReason, done, r.ParticipantsPlanned, r.StartedAt, r.EndedAt)
            {
                RunKey = r.RunKey,
                ShardCount = r.ShardCount,
                ShardsDone = r.ShardsDone,
            });
        }

        return listed;
    }

    /// <summary>How run <paramref name="runId"/>'s attempts ended, for the summary printed after a run.</summary>
    public async Task<RunTally> TallyAsync(long runId, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var tasks = await db.TaskDefinitions.Where(t => t.RunId == runId).OrderBy(t => t.Order).Select(t => t.TaskKey).ToListAsync(ct);
        var attempts = await db.TaskAttempts.Where(a => a.Session!.RunId == runId).OrderBy(a => a.Id)
            .Select(a => new TalliedAttempt(a.TaskKey, a.Outcome, a.StartMs, a.EndMs, a.Unrestored)).ToListAsync(ct);
        var personas = await db.Participants.Where(p => p.RunId == runId).OrderBy(p => p.Id).Select(p => p.Persona).ToListAsync(ct);
        var hooksFailed = await db.Sessions.Where(s => s.RunId == runId && s.Status == SessionStatus.HookFailed)
            .OrderBy(s => s.Id).Select(s => new HookFailure(s.Participant!.Label, s.EndReason)).ToListAsync(ct);
        return new RunTally(tasks, personas, attempts, hooksFailed);
    }
}
