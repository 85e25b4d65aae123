using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Server.Tests.Support;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Moderation;

namespace UsabilityLab.Server.Tests.ModeratorConsole;

/// <summary>A participant who closes the window (or whose browser dies) loses nothing recorded; the moderator resumes in a new browser.</summary>
[Collection(ModerationCollection.Name)]
public sealed class CrashResumeTests(ModerationFixture fixture)
{
    [Fact]
    public async Task ParticipantClosesWindow_SessionKeptAsCrashed_ResumeContinuesInANewBrowser()
    {
        await using var rig = await ModeratedRig.StartAsync(fixture);
        await rig.Moderator.ClickAsync("#next");
        await rig.Panel.ClickAsync("Start task");
        await rig.Panel.WaitForTextAsync("I give up");
        await rig.Participant.ArriveAtAsync(fixture.Site.BaseUrl.ToString());
        await rig.Participant.ClickAsync("role=link[name='Shoes']");
        await rig.SeeFeedAsync("click", "Shoes");
        var firstSession = rig.Session.SessionId!.Value;

        await rig.Participant.CloseAsync();

        await rig.Moderator.Locator("#banner", new() { HasText = "closed the browser window" }).WaitForAsync();
        await rig.Moderator.Locator("#resume").WaitForAsync();
        var session = Assert.Single(await new ModerationReader(rig.Database).SessionsAsync(rig.RunId), s => s.SessionId == firstSession);
        Assert.Equal(SessionStatus.Crashed, session.Status);
        Assert.Contains("closed the browser window", session.EndReason, StringComparison.Ordinal);
        var stored = await new RunReader(rig.Database).LoadAsync(rig.RunId);
        Assert.Equal(AttemptOutcome.Crashed, Assert.Single(stored.Attempts).Outcome);
        Assert.True(stored.Events.Any(e => e.SessionId == firstSession && e.Kind == EventKind.Click && e.Text == "Shoes"), "the click before the close is kept");

        await rig.Moderator.ClickAsync("#resume");
        await rig.Panel.WaitForTextAsync("next task");
        Assert.NotEqual(firstSession, rig.Session.SessionId);
        await rig.Moderator.ClickAsync("#next");
        await rig.Panel.WaitForTextAsync("Apply the coupon code"); // the crashed task counts as attempted; the next one follows

        // The resumed browser quits outright this time.
        var secondSession = rig.Session.SessionId!.Value;
        await rig.Participant.Context.Browser!.CloseAsync();
        await rig.Moderator.Locator("#banner", new() { HasText = "quit or crashed" }).WaitForAsync();

        var data = await new RunReader(rig.Database).LoadAsync(rig.RunId);
        Assert.Equal("Crashed", Assert.Single(data.Participants).Status);
        Assert.Equal(SessionStatus.Crashed, Assert.Single(await new ModerationReader(rig.Database).SessionsAsync(rig.RunId), s => s.SessionId == secondSession).Status);
    }
}
