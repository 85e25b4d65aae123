using UsabilityLab.Storage.Moderation;

namespace UsabilityLab.Recording.Tests.Moderation;

/// <summary>The moderator pauses the task clock: the participant is told, the pause is stored, time on task leaves it out.</summary>
[Collection(ModerationCollection.Name)]
public sealed class ClockPauseTests(ModerationFixture fixture)
{
    [Fact]
    public async Task PauseAndResume_DuringATask_PauseStoredAndExcludedFromActiveTime()
    {
        await using var rig = await ModeratedRig.StartAsync(fixture);
        await rig.Moderator.ClickAsync("#next");
        await rig.Panel.ClickAsync("Start task");
        await rig.Panel.WaitForTextAsync("I give up");

        await rig.Moderator.ClickAsync("#pause");
        await rig.Panel.WaitForTextAsync("Paused by your moderator");
        await Task.Delay(1_500);
        await rig.Moderator.ClickAsync("#pause");
        await rig.SeeFeedAsync("task", "task clock resumed");
        Assert.DoesNotContain("Paused", await rig.Panel.TextAsync(), StringComparison.Ordinal);
        await rig.Panel.ClickAsync("I give up");
        await rig.Panel.WaitForTextAsync("how difficult or easy");

        var pause = Assert.Single(await new ModerationReader(rig.Database).PausesAsync(rig.RunId));
        var attempt = Assert.Single((await rig.Session.SnapshotAsync()).Attempts);
        Assert.Equal(attempt.Id, pause.AttemptId);
        Assert.InRange(pause.DurationMs, 1_400, 5_000);
        var paused = await new ModerationReader(rig.Database).PausedMsByAttemptAsync(rig.RunId);
        Assert.Equal(pause.DurationMs, paused[attempt.Id]);
        var data = await new Storage.RunReader(rig.Database).LoadAsync(rig.RunId);
        var stored = Assert.Single(data.Attempts);
        // The timeline keeps the pause (EndMs − StartMs includes it); time on task, as analysis reads it, does not.
        Assert.Equal(attempt.TimeSeconds, stored.TimeSeconds, 2);
        Assert.Equal((stored.EndMs - stored.StartMs - pause.DurationMs) / 1000, stored.TimeSeconds, 2);
    }
}
