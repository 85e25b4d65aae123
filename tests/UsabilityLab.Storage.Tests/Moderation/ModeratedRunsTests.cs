using UsabilityLab.Core.Errors;
using UsabilityLab.Storage.Entities;
using UsabilityLab.Storage.Moderation;

namespace UsabilityLab.Storage.Tests.Moderation;

public sealed class ModeratedRunsTests
{
    [Fact]
    public async Task Open_SameStudyVersionTwice_JoinsTheSameRun()
    {
        await using var temp = new TempDatabase();
        var runs = new ModeratedRuns(await temp.OpenAsync());

        var first = await runs.OpenAsync(TestRuns.Study, "text", "sha-1", null, null);
        await runs.SetStatusAsync(first.RunId, RunStatus.Completed);
        var second = await runs.OpenAsync(TestRuns.Study, "text", "sha-1", null, null);

        Assert.True(first.Created);
        Assert.Equal((first.RunId, false), second);
    }

    [Fact]
    public async Task Open_ChangedStudyFile_StartsANewRun()
    {
        await using var temp = new TempDatabase();
        var runs = new ModeratedRuns(await temp.OpenAsync());

        var first = await runs.OpenAsync(TestRuns.Study, "text", "sha-1", null, null);
        var second = await runs.OpenAsync(TestRuns.Study, "text 2", "sha-2", null, null);

        Assert.NotEqual(first.RunId, second.RunId);
    }

    [Fact]
    public async Task Open_ExplicitScriptedRun_IsAnInputError()
    {
        await using var temp = new TempDatabase();
        var database = await temp.OpenAsync();
        var scripted = await TestRuns.CreateAsync(database);

        var error = await Assert.ThrowsAsync<InputException>(() => new ModeratedRuns(database).OpenAsync(TestRuns.Study, "text", "abc123", null, scripted));

        Assert.Contains("scripted run", error.Message, StringComparison.Ordinal);
    }
}
