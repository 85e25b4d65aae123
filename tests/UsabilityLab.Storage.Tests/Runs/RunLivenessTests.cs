using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Storage.Runs;

namespace UsabilityLab.Storage.Tests.Runs;

public sealed class RunLivenessTests
{
    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Sweep_RunWhoseProcessWentSilent_IsInterruptedProcessGone_WithItsSessionAndOpenAttempt(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var runId = await HeldRunAsync(database, "elsewhere:4242:1", time);
        var session = await TestRuns.StartSessionAsync(database, runId);
        await new RunWriter(database).StartAttemptAsync(session, "find", 0);

        time.Advance(RunLease.Expiry + TimeSpan.FromSeconds(1));
        var gone = await RunLiveness.SweepAsync(database, time);

        Assert.Equal([runId], gone);
        await using var db = database.CreateContext();
        var run = await db.Runs.SingleAsync();
        Assert.Equal("interrupted (process gone)", RunStatusText.Of(run.Status, run.EndReason));
        Assert.Equal(SessionStatus.Interrupted, (await db.Sessions.SingleAsync()).Status);
        Assert.StartsWith("process gone", (await db.TaskAttempts.SingleAsync()).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Sweep_RunThatKeepsItsHeartbeat_StaysRecording(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var runId = await HeldRunAsync(database, "elsewhere:4242:1", time);

        time.Advance(RunLease.Expiry - TimeSpan.FromSeconds(1));

        Assert.Empty(await RunLiveness.SweepAsync(database, time));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Sweep_RunHeldByAProcessOfThisHostThatNoLongerRuns_IsInterruptedAtOnce(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var runId = await HeldRunAsync(database, $"{Environment.MachineName}:{int.MaxValue}:1", time);

        Assert.Equal([runId], await RunLiveness.SweepAsync(database, time));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Take_RunThisProcessStillRecords_IsRefused_AndAnInterruptedOneIsTaken(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var runId = await TestRuns.CreateAsync(database);
        await using var first = await RunLease.TakeAsync(database, await InterruptedRunAsync(database));

        var refused = await Assert.ThrowsAsync<InputException>(() => RunLease.TakeAsync(database, runId));

        Assert.Contains("still recording", refused.Message, StringComparison.Ordinal);
    }

    private static async Task<long> HeldRunAsync(LabDatabase database, string owner, TimeProvider time)
    {
        var plan = new RunPlan { Status = RunStatus.Running, Mode = RunMode.Scripted, Target = "http://shop.test/", StartedAt = time.GetUtcNow(), ParticipantsPlanned = 1 };
        var runId = await new RunWriter(database).CreateRunAsync(TestRuns.Study, "name: Storage study", "sha", null, plan);
        await using var db = database.CreateContext();
        await db.Runs.Where(r => r.Id == runId).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.LeaseOwner, owner)
            .SetProperty(r => r.HeartbeatUnixMs, time.GetUtcNow().ToUnixTimeMilliseconds()));
        return runId;
    }

    private static async Task<long> InterruptedRunAsync(LabDatabase database)
    {
        var runId = await TestRuns.CreateAsync(database, sha: "other");
        await new RunWriter(database).FinishRunAsync(runId, RunStatus.Interrupted);
        return runId;
    }
}
