using Microsoft.Extensions.Time.Testing;
using UsabilityLab.Storage.Moderation;

namespace UsabilityLab.Server.Tests.ModeratorConsole;

/// <summary>
/// The moderator pauses the task clock: the participant is told, the pause is stored, time on task leaves it out.
/// The session's clock is a fake one moved on by the test, so the times are exact and nothing sleeps.
/// </summary>
[Collection(ModerationCollection.Name)]
public sealed class ClockPauseTests(ModerationFixture fixture)
{
    [Fact]
    public async Task PauseAndResume_DuringATask_PauseStoredAndExcludedFromActiveTime()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var rig = await ModeratedRig.StartAsync(fixture, time: time);
        await rig.Moderator.ClickAsync("#next");
        await rig.Panel.ClickAsync("Start task");
        await rig.Panel.WaitForTextAsync("I give up");

        time.Advance(TimeSpan.FromSeconds(2)); // working on the task
        await rig.Moderator.ClickAsync("#pause");
        await rig.Panel.WaitForTextAsync("Paused by your moderator");
        time.Advance(TimeSpan.FromSeconds(1.5)); // paused
        await rig.Moderator.ClickAsync("#pause");
        await rig.SeeFeedAsync("task", "task clock resumed");
        Assert.DoesNotContain("Paused", await rig.Panel.TextAsync(), StringComparison.Ordinal);
        time.Advance(TimeSpan.FromSeconds(0.5)); // working again
        await rig.Panel.ClickAsync("I give up");
        await rig.Panel.WaitForTextAsync("how difficult or easy");

        var pause = Assert.Single(await new ModerationReader(rig.Database).PausesAsync(rig.RunId));
        var attempt = Assert.Single((await rig.Session.SnapshotAsync()).Attempts);
        Assert.Equal(attempt.Id, pause.AttemptId);
        Assert.Equal(1_500, pause.DurationMs, 3);
        Assert.Equal(2.5, attempt.TimeSeconds, 3);
        var paused = await new ModerationReader(rig.Database).PausedMsByAttemptAsync(rig.RunId);
        Assert.Equal(pause.DurationMs, paused[attempt.Id]);
        var data = await new Storage.RunReader(rig.Database).LoadAsync(rig.RunId);
        var stored = Assert.Single(data.Attempts);
        // The timeline keeps the pause (EndMs − StartMs includes it); time on task, as analysis reads it, does not.
        Assert.Equal(4_000, stored.EndMs - stored.StartMs, 3);
        Assert.Equal(2.5, stored.TimeSeconds, 3);
    }
}
