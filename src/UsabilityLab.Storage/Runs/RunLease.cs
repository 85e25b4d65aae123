using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Runs;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Runs;

/// <summary>
/// A recording process's hold on its run: the run names the process and the process says it is alive every few
/// seconds. Another process can then tell a live run from one whose process died (<see cref="RunLiveness"/>), and a
/// live run is never resumed, or recorded into, by a second process.
/// </summary>
public sealed class RunLease : IAsyncDisposable
{
    /// <summary>How often the holder says it is alive.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <summary>After this long without a word from its holder a run counts as having lost its process.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(30);

    private readonly LabDatabase _database;
    private readonly long _runId;
    private readonly long? _shardId;
    private readonly TimeProvider _time;
    private readonly ITimer _timer;

    private RunLease(LabDatabase database, long runId, TimeProvider time, long? shardId = null)
    {
        _database = database;
        _runId = runId;
        _shardId = shardId;
        _time = time;
        _timer = time.CreateTimer(_ => BeatAsync().ContinueWith(t => t.Exception, TaskScheduler.Default), null, Interval, Interval);
    }

    /// <summary>Marks a new run as held by this process (before it is first stored; <see cref="RunWriter.CreateHeldRunAsync"/>).</summary>
    internal static void Stamp(RunRow run, TimeProvider? time = null)
    {
        run.LeaseOwner = LeaseOwner.Current.ToString();
        run.HeartbeatUnixMs = (time ?? TimeProvider.System).GetUtcNow().ToUnixTimeMilliseconds();
    }

    /// <summary>Keeps the hold this process has on a run it created (<see cref="Stamp"/>) alive until disposed.</summary>
    internal static RunLease Hold(LabDatabase database, long runId, TimeProvider? time = null) => new(database, runId, time ?? TimeProvider.System);

    /// <summary>Keeps this process's hold on one shard of a sharded run (its row, stamped when claimed) alive until disposed.</summary>
    internal static RunLease HoldShard(LabDatabase database, long runId, long shardId, TimeProvider time) => new(database, runId, time, shardId);

    /// <summary>
    /// Takes the run for this process, to resume it, and sets it recording again: refused with one line when another
    /// process still records it (its heartbeat is recent). A run whose process died is first marked as such.
    /// </summary>
    public static async Task<RunLease> TakeAsync(LabDatabase database, long runId, TimeProvider? time = null, CancellationToken ct = default)
    {
        time ??= TimeProvider.System;
        await RunLiveness.SweepAsync(database, time, ct);
        await using var db = database.CreateContext();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var taken = await db.Runs
            .Where(r => r.Id == runId && r.Status != RunStatus.Running)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Status, RunStatus.Running)
                .SetProperty(r => r.EndReason, (string?)null)
                .SetProperty(r => r.LeaseOwner, LeaseOwner.Current.ToString())
                .SetProperty(r => r.HeartbeatUnixMs, now), ct);
        if (taken == 1)
        {
            return new RunLease(database, runId, time);
        }

        var holder = await db.Runs.Where(r => r.Id == runId).Select(r => new { r.LeaseOwner, r.HeartbeatUnixMs }).SingleAsync(ct);
        throw new InputException($"--resume {runId}: run {runId} is still recording ({Holder(holder.LeaseOwner, holder.HeartbeatUnixMs, now)}); wait for it to end, or stop it (Ctrl-C) and resume then");
    }

    /// <summary>Who holds a lease, as people read it: "process 4242 on ci-3, last heartbeat 2 s ago".</summary>
    internal static string Holder(string? leaseOwner, long? heartbeatUnixMs, long nowUnixMs)
    {
        var seconds = heartbeatUnixMs is { } beat ? $"{Math.Max(0, (nowUnixMs - beat) / 1000)} s ago" : "unknown";
        var who = LeaseOwner.Parse(leaseOwner) is { } owner ? $"process {owner.ProcessId} on {owner.Host}" : "another process";
        return $"{who}, last heartbeat {seconds}";
    }

    /// <summary>Says this process is still alive.</summary>
    private async Task BeatAsync()
    {
        await using var db = _database.CreateContext();
        var me = LeaseOwner.Current.ToString();
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        if (_shardId is { } shardId)
        {
            await db.RunShards.Where(s => s.Id == shardId && s.LeaseOwner == me).ExecuteUpdateAsync(set => set.SetProperty(s => s.HeartbeatUnixMs, now));
            return;
        }

        await db.Runs.Where(r => r.Id == _runId && r.LeaseOwner == me).ExecuteUpdateAsync(set => set.SetProperty(r => r.HeartbeatUnixMs, now));
    }

    /// <summary>Stops the heartbeat (the run's final status is written by its recorder).</summary>
    public async ValueTask DisposeAsync() => await _timer.DisposeAsync();
}
