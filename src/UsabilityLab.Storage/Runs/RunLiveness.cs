using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Runs;

/// <summary>
/// Finds runs that say they are recording but whose process has died (killed, crashed, the machine rebooted) and marks
/// them, their sessions and their open attempts as interrupted by that: "interrupted (process gone)". Without this a
/// killed run would read as recording for ever. Cheap (one query over the runs that say they record); run on every open.
/// A sharded run is held by its shards: a shard whose process is gone is marked so, with its participants' sessions and
/// open attempts, and its run then waits for that shard (<see cref="ShardedRuns"/>).
/// </summary>
public static class RunLiveness
{
    /// <summary>Marks every run whose process is gone; returns their ids.</summary>
    public static async Task<IReadOnlyList<long>> SweepAsync(LabDatabase database, TimeProvider? time = null, CancellationToken ct = default)
    {
        var now = (time ?? TimeProvider.System).GetUtcNow();
        await using var db = database.CreateContext();
        var recording = await db.Runs.Where(r => r.Status == RunStatus.Running && r.ShardCount == null)
            .Select(r => new { r.Id, r.LeaseOwner, r.HeartbeatUnixMs, r.StartedAt })
            .ToListAsync(ct);
        var gone = new List<long>();
        foreach (var run in recording)
        {
            var lastWord = run.HeartbeatUnixMs is { } beat ? DateTimeOffset.FromUnixTimeMilliseconds(beat) : run.StartedAt;
            var silent = now - lastWord > RunLease.Expiry;
            var dead = LeaseOwner.Parse(run.LeaseOwner) is { } owner && owner.IsGoneFromThisHost();
            // It ended when it last said it was alive, not when this sweep noticed (a run killed overnight took seconds).
            if ((silent || dead) && await MarkGoneAsync(db, run.Id, run.HeartbeatUnixMs, Min(lastWord, now), ct))
            {
                gone.Add(run.Id);
            }
        }

        await SweepShardsAsync(database, db, now, ct);
        return gone;
    }

    private static async Task SweepShardsAsync(LabDatabase database, LabDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var recording = await db.RunShards.Where(s => s.Status == RunStatus.Running)
            .Select(s => new { s.Id, s.RunId, s.Shard, s.LeaseOwner, s.HeartbeatUnixMs, s.StartedAt })
            .ToListAsync(ct);
        foreach (var shard in recording)
        {
            var lastWord = shard.HeartbeatUnixMs is { } beat ? DateTimeOffset.FromUnixTimeMilliseconds(beat) : shard.StartedAt;
            var silent = now - lastWord > RunLease.Expiry;
            var dead = LeaseOwner.Parse(shard.LeaseOwner) is { } owner && owner.IsGoneFromThisHost();
            if (!silent && !dead)
            {
                continue;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!await MarkShardGoneAsync(db, shard.Id, shard.RunId, shard.Shard, shard.HeartbeatUnixMs, Min(lastWord, now), ct))
            {
                continue;
            }

            await transaction.CommitAsync(ct);
            await ShardedRuns.SettleRunAsync(database, shard.RunId, ct);
        }

        // A sharded run that says it records while none of its shards does (a settle cut short by a killed process)
        // is settled again, so that no run reads as recording for ever.
        var stale = await db.Runs.Where(r => r.ShardCount != null && r.Status == RunStatus.Running && !r.Shards.Any(s => s.Status == RunStatus.Running))
            .Select(r => r.Id).ToListAsync(ct);
        foreach (var runId in stale)
        {
            await ShardedRuns.SettleRunAsync(database, runId, ct);
        }
    }

    /// <summary>
    /// Marks shard row <paramref name="shardId"/> (shard <paramref name="shard"/> of run <paramref name="runId"/>) as
    /// ended by its process's death at <paramref name="ended"/>, with its participants' running sessions and open
    /// attempts, on <paramref name="db"/> and its transaction; false when the row no longer records with heartbeat
    /// <paramref name="heartbeatUnixMs"/> (its process beat again, or another sweep marked it first).
    /// </summary>
    internal static async Task<bool> MarkShardGoneAsync(LabDbContext db, long shardId, long runId, int shard, long? heartbeatUnixMs, DateTimeOffset ended, CancellationToken ct)
    {
        var marked = await db.RunShards.Where(s => s.Id == shardId && s.Status == RunStatus.Running && s.HeartbeatUnixMs == heartbeatUnixMs)
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Status, RunStatus.Interrupted)
                .SetProperty(s => s.EndReason, RunStatusText.ProcessGone)
                .SetProperty(s => s.LeaseOwner, (string?)null)
                .SetProperty(s => s.EndedAt, ended), ct);
        if (marked == 0)
        {
            return false;
        }

        await MarkSessionsGoneAsync(db, db.Sessions.Where(s => s.RunId == runId && s.Participant!.Shard == shard), ended, ct);
        return true;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static async Task<bool> MarkGoneAsync(LabDbContext db, long runId, long? heartbeat, DateTimeOffset ended, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Only if nobody took or renewed the run meanwhile (the heartbeat is still the one read).
        var marked = await db.Runs.Where(r => r.Id == runId && r.Status == RunStatus.Running && r.HeartbeatUnixMs == heartbeat)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Status, RunStatus.Interrupted)
                .SetProperty(r => r.EndReason, RunStatusText.ProcessGone)
                .SetProperty(r => r.LeaseOwner, (string?)null)
                .SetProperty(r => r.EndedAt, ended), ct);
        if (marked == 0)
        {
            return false;
        }

        await MarkSessionsGoneAsync(db, db.Sessions.Where(s => s.RunId == runId), ended, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>Marks the running sessions among <paramref name="scope"/>, and their open attempts, as ended by the process's death.</summary>
    private static async Task MarkSessionsGoneAsync(LabDbContext db, IQueryable<SessionRow> scope, DateTimeOffset ended, CancellationToken ct)
    {
        // A session started after the last heartbeat ended no earlier than it started.
        var sessions = await scope.Where(s => s.Status == SessionStatus.Running).Select(s => new { s.Id, s.StartedAt }).ToListAsync(ct);
        foreach (var session in sessions)
        {
            var sessionEnded = session.StartedAt > ended ? session.StartedAt : ended;
            await db.Sessions.Where(s => s.Id == session.Id)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(s => s.Status, SessionStatus.Interrupted)
                    .SetProperty(s => s.EndReason, RunStatusText.ProcessGone)
                    .SetProperty(s => s.EndedAt, sessionEnded), ct);
        }

        var sessionIds = scope.Select(s => s.Id);
        await db.TaskAttempts.Where(a => sessionIds.Contains(a.SessionId) && a.Outcome == AttemptOutcome.Interrupted && a.Reason == RunWriter.InProgress)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Reason, $"{RunStatusText.ProcessGone} during the attempt; re-run on resume"), ct);
    }
}
