using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Storage.Entities;
using UsabilityLab.Storage.Moderation;

namespace UsabilityLab.Storage.Tests.Moderation;

public sealed class ModeratedRunsTests
{
    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Open_SameStudyVersionTwice_JoinsTheSameRun(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var runs = new ModeratedRuns(await temp.OpenAsync());

        var first = await runs.OpenAsync(TestRuns.Study, "text", "sha-1", null, null);
        await first.Lease.DisposeAsync();
        await runs.SetStatusAsync(first.RunId, RunStatus.Completed);
        var second = await runs.OpenAsync(TestRuns.Study, "text", "sha-1", null, null);
        await second.Lease.DisposeAsync();

        Assert.True(first.Created);
        Assert.Equal((first.RunId, false), (second.RunId, second.Created));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Open_ChangedStudyFile_StartsANewRun(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var runs = new ModeratedRuns(await temp.OpenAsync());

        var first = await runs.OpenAsync(TestRuns.Study, "text", "sha-1", null, null);
        var second = await runs.OpenAsync(TestRuns.Study, "text 2", "sha-2", null, null);
        await first.Lease.DisposeAsync();
        await second.Lease.DisposeAsync();

        Assert.NotEqual(first.RunId, second.RunId);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Open_ExplicitScriptedRun_IsAnInputError(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var scripted = await TestRuns.CreateAsync(database);

        var error = await Assert.ThrowsAsync<InputException>(() => new ModeratedRuns(database).OpenAsync(TestRuns.Study, "text", "abc123", null, scripted));

        Assert.Contains("scripted run", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Open_RunAnotherLiveSessionRecordsInto_IsRefused(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var runs = new ModeratedRuns(await temp.OpenAsync());
        var first = await runs.OpenAsync(TestRuns.Study, "text", "sha-1", null, null);
        await using var held = first.Lease;

        var error = await Assert.ThrowsAsync<InputException>(() => runs.OpenAsync(TestRuns.Study, "text", "sha-1", null, first.RunId));

        Assert.Contains("still recording", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task AttemptedEveryTask_InterruptedAttemptOrMissingTask_NotYet_EveryTaskAttempted_True(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var runs = new ModeratedRuns(database);
        var (runId, _, lease) = await runs.OpenAsync(TestRuns.Study, "text", "sha-1", null, null);
        await lease.DisposeAsync();
        var session = await TestRuns.StartSessionAsync(database, runId, "P01");
        var writer = new RunWriter(database);
        async Task AttemptAsync(string task, AttemptOutcome outcome) =>
            await writer.FinishAttemptAsync(
                await writer.StartAttemptAsync(session, task, 0),
                new AttemptRecord { Participant = "P01", TaskId = task, Outcome = outcome, EndMs = 1_000 });
        Task<bool> EveryTaskAsync(string participant = "P01", long? run = null) =>
            runs.AttemptedEveryTaskAsync(TestRuns.Study, "sha-1", run, participant);

        await AttemptAsync("find", AttemptOutcome.Success);
        await AttemptAsync("buy", AttemptOutcome.Interrupted); // the server stopped during it: it is offered again
        var interrupted = await EveryTaskAsync();
        await AttemptAsync("buy", AttemptOutcome.Abandoned);

        Assert.False(interrupted);
        Assert.True(await EveryTaskAsync());
        Assert.True(await EveryTaskAsync(run: runId));
        Assert.False(await EveryTaskAsync("P02"));
        Assert.False(await runs.AttemptedEveryTaskAsync(TestRuns.Study, "sha-2", null, "P01")); // another version of the study: another run
    }
}
