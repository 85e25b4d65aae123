using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Runs;

/// <summary>
/// Runs recorded in shards (<c>--shard K/N --run-key KEY</c>): every shard given the key joins one run, created by
/// whichever starts first; each shard holds a lease of its own, and the run's status follows its shards' (recording
/// while any records, completed when all N have, otherwise incomplete, naming the shards it waits for).
/// </summary>
/// <param name="database">The database the shards share.</param>
/// <param name="time">The clock of the shard's lease and its start and end (<see cref="TimeProvider.System"/> when null).</param>
public sealed class ShardedRuns(LabDatabase database, TimeProvider? time = null)
{
    /// <summary>The longest run key (a CI system's run id and attempt fit many times over).</summary>
    public const int MaxKeyLength = 200;

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    private sealed record KeyedRun(long Id, string Sha256, int? ShardCount, string? PersonaMode, int Seed, int ParticipantsPlanned);

    /// <summary>
    /// Joins (or creates) the run of <paramref name="runKey"/> as shard <paramref name="shard"/> and holds that shard for
    /// this process. A shard whose earlier process was interrupted or died is taken over and goes on where it stopped;
    /// a shard that finished, or that another live process records, is refused with one line, as is a shard whose study
    /// file or settings differ from the run's.
    /// </summary>
    public async Task<(long RunId, RunLease Lease)> JoinAsync(Study study, string sourceText, string sha256, string? sourcePath, RunPlan plan, string runKey, Shard shard, CancellationToken ct = default)
    {
        CheckKey(runKey);
        await RunLiveness.SweepAsync(database, _time, ct);
        var run = await FindAsync(runKey, ct);
        if (run is null)
        {
            await new RunWriter(database, _time).TryAddShardedRunAsync(study, sourceText, sha256, sourcePath, plan, runKey, shard.Count, ct);
            run = await FindAsync(runKey, ct) ?? throw new InvalidOperationException($"run key {runKey}: the run was neither created nor found");
        }

        CheckSame(run, runKey, sha256, plan, shard);
        var lease = await ClaimAsync(run.Id, runKey, shard, ct);
        await using (var db = database.CreateContext())
        {
            // Attempts the shard's earlier process left open stay visible as such, and are re-run.
            await db.TaskAttempts
                .Where(a => a.Session!.RunId == run.Id && a.Session.Participant!.Shard == shard.Index && a.Outcome == AttemptOutcome.Interrupted && a.Reason == RunWriter.InProgress)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.Reason, "interrupted; re-run on resume"), ct);
        }

        await SettleRunAsync(database, run.Id, ct);
        return (run.Id, lease);
    }

    /// <summary>
    /// Ends this process's shard with <paramref name="status"/> and brings the run's status up to date; returns the
    /// shards the run still waits for, as people read them ("shards 1, 3 of 4 not finished", also those still
    /// recording), or null once every shard has finished.
    /// </summary>
    public async Task<string?> FinishAsync(long runId, Shard shard, RunStatus status, CancellationToken ct = default)
    {
        var now = _time.GetUtcNow();
        var me = LeaseOwner.Current.ToString();
        await using (var db = database.CreateContext())
        {
            // Only while it is still this process's: a shard taken over after this one fell silent is the new holder's.
            await db.RunShards.Where(s => s.RunId == runId && s.Shard == shard.Index && s.LeaseOwner == me).ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Status, status)
                .SetProperty(s => s.LeaseOwner, (string?)null)
                .SetProperty(s => s.EndedAt, now), ct);
        }

        var missing = await SettleRunAsync(database, runId, ct);
        return missing.Count == 0 ? null : RunStatusText.ShardsMissing(missing, shard.Count);
    }

    /// <summary>
    /// Sets a sharded run's status from its shards': recording while any shard records, completed once all N have,
    /// otherwise interrupted with the shards it waits for as its reason (<see cref="RunStatusText.ShardsMissing"/>).
    /// Called after the shard's own change is committed; returns the shards that have not finished (recording ones
    /// included).
    /// </summary>
    internal static async Task<IReadOnlyList<int>> SettleRunAsync(LabDatabase database, long runId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var missing = await SettleRunAsync(db, runId, ct);
        await transaction.CommitAsync(ct);
        return missing;
    }

    /// <summary>As <see cref="SettleRunAsync(LabDatabase, long, CancellationToken)"/>, on <paramref name="db"/> and in its transaction.</summary>
    internal static async Task<IReadOnlyList<int>> SettleRunAsync(LabDbContext db, long runId, CancellationToken ct)
    {
        // Two shards that finish at once each settle the run: the first write takes the run's row lock (PostgreSQL) or
        // the database's (SQLite) for the transaction, so the second reads the shards only after the first committed,
        // and no stale "recording" lands last.
        await db.Runs.Where(r => r.Id == runId).ExecuteUpdateAsync(set => set.SetProperty(r => r.ShardCount, r => r.ShardCount), ct);
        var count = await db.Runs.Where(r => r.Id == runId).Select(r => r.ShardCount).SingleAsync(ct) ?? 1;
        var shards = await db.RunShards.Where(s => s.RunId == runId).Select(s => new { s.Shard, s.Status, s.EndedAt }).ToListAsync(ct);
        var recording = shards.Any(s => s.Status == RunStatus.Running);
        var missing = Enumerable.Range(1, count).Except(shards.Where(s => s.Status == RunStatus.Completed).Select(s => s.Shard)).ToList();
        var ended = recording ? null : shards.Max(s => s.EndedAt);
        var (status, reason) = recording ? (RunStatus.Running, null)
            : missing.Count == 0 ? (RunStatus.Completed, null)
            : (RunStatus.Interrupted, RunStatusText.ShardsMissing(missing, count));
        await db.Runs.Where(r => r.Id == runId).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.Status, status)
            .SetProperty(r => r.EndReason, reason)
            .SetProperty(r => r.EndedAt, ended), ct);
        return missing;
    }

    private static void CheckKey(string runKey)
    {
        if (runKey.Length is 0 or > MaxKeyLength || runKey.Any(char.IsControl) || runKey.Trim() != runKey)
        {
            throw new InputException($"--run-key: give 1–{MaxKeyLength} printable characters without surrounding spaces, the same on every shard (e.g. ci-$RUN_ID)");
        }

        if (runKey.All(char.IsAsciiDigit))
        {
            // analyze, report and the rest read a number as a run id: such a key could never be asked for.
            throw new InputException($"--run-key {runKey}: a key of digits only reads as a run id; give it a word too, e.g. ci-{runKey}");
        }
    }

    private async Task<KeyedRun?> FindAsync(string runKey, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.Runs.Where(r => r.RunKey == runKey)
            .Select(r => new KeyedRun(r.Id, r.Study!.Sha256, r.ShardCount, r.PersonaMode, r.Seed, r.ParticipantsPlanned))
            .SingleOrDefaultAsync(ct);
    }

    private static void CheckSame(KeyedRun run, string runKey, string sha256, RunPlan plan, Shard shard)
    {
        if (run.Sha256 != sha256)
        {
            throw new InputException($"--run-key {runKey}: run {run.Id} records a different version of the study file (hash {run.Sha256[..Math.Min(12, run.Sha256.Length)]}…); give every shard the same file, or a new key");
        }

        if (run.ShardCount != shard.Count)
        {
            throw new InputException($"--shard {shard}: run {run.Id} (key {runKey}) is split into {run.ShardCount} shards; give every shard --shard K/{run.ShardCount}");
        }

        if (run.PersonaMode != plan.PersonaMode || run.Seed != plan.Seed || run.ParticipantsPlanned != plan.ParticipantsPlanned)
        {
            throw new InputException($"--run-key {runKey}: run {run.Id} was started with --persona {run.PersonaMode} --seed {run.Seed} --participants {run.ParticipantsPlanned}; give every shard the same");
        }
    }

    private async Task<RunLease> ClaimAsync(long runId, string runKey, Shard shard, CancellationToken ct)
    {
        var me = LeaseOwner.Current.ToString();
        var now = _time.GetUtcNow();
        await using var db = database.CreateContext();
        var shardId = await db.RunShards.Where(s => s.RunId == runId && s.Shard == shard.Index).Select(s => (long?)s.Id).SingleOrDefaultAsync(ct);
        if (shardId is null && await TryAddAsync(runId, shard, me, now, ct) is { } added)
        {
            return RunLease.HoldShard(database, runId, added, _time);
        }

        // An interrupted or failed shard (or one whose process died) is taken over and resumed.
        var taken = await db.RunShards
            .Where(s => s.RunId == runId && s.Shard == shard.Index && s.Status != RunStatus.Running && s.Status != RunStatus.Completed)
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Status, RunStatus.Running)
                .SetProperty(s => s.EndReason, (string?)null)
                .SetProperty(s => s.EndedAt, (DateTimeOffset?)null)
                .SetProperty(s => s.LeaseOwner, me)
                .SetProperty(s => s.HeartbeatUnixMs, now.ToUnixTimeMilliseconds()), ct);
        var row = await db.RunShards.AsNoTracking().SingleAsync(s => s.RunId == runId && s.Shard == shard.Index, ct);
        if (taken == 1)
        {
            return RunLease.HoldShard(database, runId, row.Id, _time);
        }

        throw new InputException(row.Status == RunStatus.Completed
            ? $"--shard {shard} --run-key {runKey}: that shard of run {runId} has finished already; a new key records a new run"
            : $"--shard {shard} --run-key {runKey}: that shard of run {runId} is recording ({RunLease.Holder(row.LeaseOwner, row.HeartbeatUnixMs, now.ToUnixTimeMilliseconds())}); give each process its own shard");
    }

    /// <summary>Adds the shard's row, held by this process; null when another process added it first.</summary>
    private async Task<long?> TryAddAsync(long runId, Shard shard, string me, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var row = new RunShardRow { RunId = runId, Shard = shard.Index, Status = RunStatus.Running, StartedAt = now, LeaseOwner = me, HeartbeatUnixMs = now.ToUnixTimeMilliseconds() };
        db.RunShards.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
            return row.Id;
        }
        catch (DbUpdateException)
        {
            return null;
        }
    }
}
