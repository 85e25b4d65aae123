using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Storage.Runs;

namespace UsabilityLab.Storage.Tests.Runs;

/// <summary>
/// Shards of one run key (<c>--shard K/N --run-key KEY</c>) join one run, on both stores: created once however many
/// start at once, each shard held by its own lease, and the run complete only when every shard has finished.
/// </summary>
public sealed class ShardedRunsTests
{
    private const string Sha = "sha-of-the-study";

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task JoinAsync_FourShardsStartingAtOnce_JoinOneRun_CompleteOnlyWhenTheLastFinishes(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var runs = new ShardedRuns(database);

        var joined = await Task.WhenAll(Enumerable.Range(1, 4).Select(k => Task.Run(() => runs.JoinAsync(TestRuns.Study, "name: Storage study", Sha, null, Plan(), "ci-77", new Shard(k, 4)))));

        var runId = Assert.Single(joined.Select(j => j.RunId).Distinct());
        await using (var db = database.CreateContext())
        {
            Assert.Equal(1, await db.Runs.CountAsync());
            Assert.Equal([1, 2, 3, 4], (await db.RunShards.Select(s => s.Shard).ToListAsync()).Order());
            Assert.Equal(RunStatus.Running, (await db.Runs.SingleAsync()).Status);
        }

        foreach (var k in new[] { 1, 3, 4 })
        {
            await runs.FinishAsync(runId, new Shard(k, 4), RunStatus.Completed);
        }

        var catalog = new RunCatalog(database);
        Assert.Equal("recording", (await catalog.ResolveAsync("ci-77")).StatusText); // shard 2 still records
        Assert.Equal("3/4 ci-77", Assert.Single(await catalog.ListAsync(null, 10)).ShardsText);

        await runs.FinishAsync(runId, new Shard(2, 4), RunStatus.Interrupted);
        Assert.Equal("incomplete (shard 2 of 4 not finished)", (await catalog.ResolveAsync("ci-77")).StatusText);

        var (rejoined, retaken) = await runs.JoinAsync(TestRuns.Study, "name: Storage study", Sha, null, Plan(), "ci-77", new Shard(2, 4));
        await using var held = retaken;
        Assert.Equal(runId, rejoined);
        await runs.FinishAsync(runId, new Shard(2, 4), RunStatus.Completed);

        Assert.Equal("completed", (await catalog.ResolveAsync("ci-77")).StatusText);
        foreach (var (_, lease) in joined)
        {
            await lease.DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task JoinAsync_ShardAnotherProcessRecordsOrThatFinished_RefusedWithOneLine(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var runs = new ShardedRuns(database);
        var (runId, lease) = await runs.JoinAsync(TestRuns.Study, "name: Storage study", Sha, null, Plan(), "nightly", new Shard(1, 2));

        var twice = await Assert.ThrowsAsync<InputException>(() => runs.JoinAsync(TestRuns.Study, "name: Storage study", Sha, null, Plan(), "nightly", new Shard(1, 2)));
        Assert.Contains("is recording (process", twice.Message, StringComparison.Ordinal);

        await runs.FinishAsync(runId, new Shard(1, 2), RunStatus.Completed);
        await lease.DisposeAsync();
        var again = await Assert.ThrowsAsync<InputException>(() => runs.JoinAsync(TestRuns.Study, "name: Storage study", Sha, null, Plan(), "nightly", new Shard(1, 2)));
        Assert.Contains("has finished already", again.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task JoinAsync_ShardThatDiffersFromTheRun_RefusedNamingWhatDiffers(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var runs = new ShardedRuns(database);
        var (_, lease) = await runs.JoinAsync(TestRuns.Study, "name: Storage study", Sha, null, Plan(), "pr-9", new Shard(1, 2));
        await using var held = lease;

        var file = await Assert.ThrowsAsync<InputException>(() => runs.JoinAsync(TestRuns.Study, "name: Storage study # edited", "another-sha", null, Plan(), "pr-9", new Shard(2, 2)));
        var count = await Assert.ThrowsAsync<InputException>(() => runs.JoinAsync(TestRuns.Study, "name: Storage study", Sha, null, Plan(), "pr-9", new Shard(2, 3)));
        var seed = await Assert.ThrowsAsync<InputException>(() => runs.JoinAsync(TestRuns.Study, "name: Storage study", Sha, null, Plan() with { Seed = 8 }, "pr-9", new Shard(2, 2)));

        Assert.Contains("different version of the study file", file.Message, StringComparison.Ordinal);
        Assert.Contains("is split into 2 shards; give every shard --shard K/2", count.Message, StringComparison.Ordinal);
        Assert.Contains("--seed 7", seed.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Sweep_ShardWhoseProcessDied_MarkedWithItsSessionsOnly_AndTakenOverWhenRunAgain(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var runs = new ShardedRuns(database, time);
        var (runId, first) = await runs.JoinAsync(TestRuns.Study, "name: Storage study", Sha, null, Plan(), "ci-5", new Shard(1, 2));
        var (_, second) = await runs.JoinAsync(TestRuns.Study, "name: Storage study", Sha, null, Plan(), "ci-5", new Shard(2, 2));
        var writer = new RunWriter(database);
        var mine = await writer.StartSessionAsync(runId, await writer.EnsureParticipantAsync(runId, "P01", "typical", 1, shard: 1), new ViewportSize(1280, 800));
        var theirs = await writer.StartSessionAsync(runId, await writer.EnsureParticipantAsync(runId, "P02", "typical", 2, shard: 2), new ViewportSize(1280, 800));
        await writer.StartAttemptAsync(mine, "find", 0);
        await writer.StartAttemptAsync(theirs, "find", 0);
        await runs.FinishAsync(runId, new Shard(2, 2), RunStatus.Completed);
        await second.DisposeAsync();

        // Shard 1's process dies: its heartbeat stops.
        await first.DisposeAsync();
        time.Advance(RunLease.Expiry + TimeSpan.FromSeconds(1));
        await RunLiveness.SweepAsync(database, time);

        await using (var db = database.CreateContext())
        {
            Assert.Equal("incomplete (shard 1 of 2 not finished)", RunStatusText.Of((await db.Runs.SingleAsync()).Status, (await db.Runs.SingleAsync()).EndReason));
            Assert.Equal(RunStatusText.ProcessGone, (await db.RunShards.SingleAsync(s => s.Shard == 1)).EndReason);
            Assert.Equal(SessionStatus.Interrupted, (await db.Sessions.SingleAsync(s => s.Id == mine)).Status);
            Assert.Equal(SessionStatus.Running, (await db.Sessions.SingleAsync(s => s.Id == theirs)).Status); // shard 2's, not the dead process's
        }

        var (again, lease) = await runs.JoinAsync(TestRuns.Study, "name: Storage study", Sha, null, Plan(), "ci-5", new Shard(1, 2));
        await using var taken = lease;

        Assert.Equal(runId, again);
        await using var after = database.CreateContext();
        Assert.Equal(RunStatus.Running, (await after.Runs.SingleAsync()).Status);
        Assert.Equal(RunStatus.Running, (await after.RunShards.SingleAsync(s => s.Shard == 1)).Status);
    }

    [Fact]
    public async Task JoinAsync_KeyOfDigitsOnly_RefusedSinceItWouldReadAsARunId()
    {
        await using var temp = await TestStore.CreateAsync(StoreKind.Sqlite);
        var database = await temp.OpenAsync();

        var refused = await Assert.ThrowsAsync<InputException>(() => new ShardedRuns(database).JoinAsync(TestRuns.Study, "name: Storage study", Sha, null, Plan(), "12345", new Shard(1, 2)));

        Assert.Equal("--run-key 12345: a key of digits only reads as a run id; give it a word too, e.g. ci-12345", refused.Message);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task FinishAsync_ShardTakenOverAfterItsProcessFellSilent_LeavesTheNewHoldersShardAlone(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var runs = new ShardedRuns(database);
        var (runId, lease) = await runs.JoinAsync(TestRuns.Study, "name: Storage study", Sha, null, Plan(), "ci-9", new Shard(1, 1));
        await lease.DisposeAsync();
        await using (var db = database.CreateContext())
        {
            // Another machine's process took the shard over (this one's heartbeat had stopped).
            await db.RunShards.ExecuteUpdateAsync(set => set.SetProperty(s => s.LeaseOwner, "elsewhere:4242:1"));
        }

        var missing = await runs.FinishAsync(runId, new Shard(1, 1), RunStatus.Failed);

        await using var after = database.CreateContext();
        Assert.Equal(RunStatus.Running, (await after.RunShards.SingleAsync()).Status);
        Assert.Equal(RunStatus.Running, (await after.Runs.SingleAsync()).Status);
        Assert.Equal("shard 1 of 1 not finished", missing);
    }

    private static RunPlan Plan() => new()
    {
        Status = RunStatus.Running,
        Mode = RunMode.Scripted,
        Target = "http://shop.test/",
        PersonaMode = "mixed",
        Seed = 7,
        Workers = 1,
        ParticipantsPlanned = 4,
        StartedAt = DateTimeOffset.UtcNow,
    };
}
