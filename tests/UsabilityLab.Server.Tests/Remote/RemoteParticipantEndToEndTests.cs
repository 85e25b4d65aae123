using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Server.Tests.ModeratorConsole;
using UsabilityLab.Server.Tests.Support;
using UsabilityLab.Storage;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>
/// The bar: the participant opens their link in their own Chromium, agrees, and completes a demo-shop task by
/// clicking through the stream (on the canvas, at the scaled position of the shop's Help link); the lab records the
/// click on the right element, at the right document position, and the task as a success; the moderator's console
/// shows the same screen.
/// </summary>
[Collection(ModerationCollection.Name)]
public sealed class RemoteParticipantEndToEndTests(ModerationFixture fixture)
{
    [Fact]
    public async Task RemoteSession_ClickThroughStream_ClickRecordedOnElementAndTaskSucceeds()
    {
        await using var rig = await RemoteRig.StartAsync(fixture);
        await rig.Participant.GotoAsync(rig.Pages.Url.ToString());
        await rig.Participant.GetByText("Nothing is recorded before you agree").WaitForAsync();
        Assert.Null(rig.Session.SessionId); // no session row and no browser before consent
        await rig.ConsentAsync();

        var panel = new PanelDriver(() => rig.Participant);
        await panel.WaitForTextAsync("Welcome");
        await rig.Moderator.ClickAsync("#next");
        await panel.WaitForTextAsync("Find out how many days you have to return an item.");
        await panel.ClickAsync("Start task");
        await panel.WaitForTextAsync("I give up");
        await rig.LabPage.ArriveAtAsync(fixture.Site.BaseUrl.ToString());

        // Where the Help link is in the lab's page, and so on the participant's scaled canvas.
        var help = await rig.LabPage.Locator("role=link[name='Help']").BoundingBoxAsync() ?? throw new InvalidOperationException("no Help link");
        var canvas = await rig.Participant.Locator("#screen").BoundingBoxAsync() ?? throw new InvalidOperationException("no canvas");
        Assert.True(canvas.Width < 1280, "the stream is scaled down to the participant's window");
        var (x, y) = (help.X + help.Width / 2, help.Y + help.Height / 2);
        await rig.Participant.Mouse.ClickAsync(canvas.X + (float)(x * canvas.Width / 1280), canvas.Y + (float)(y * canvas.Height / 800));
        await rig.LabPage.ArriveAtAsync("/help");
        await rig.SeeFeedAsync("click", "Help");

        await panel.ClickAsync("I'm done");
        await panel.WaitForTextAsync("how difficult or easy");
        await panel.ClickAsync("6");
        await panel.WaitForTextAsync("next task");

        // The moderator (an observer of the same screencast) sees the participant's screen.
        await rig.Moderator.Locator("#screen[src^='data:image/jpeg']").WaitForAsync();
        await rig.Moderator.ClickAsync("#end");
        await rig.Session.Ended.WaitAsync(TimeSpan.FromSeconds(20));
        await rig.Session.DisposeAsync();

        var data = await new RunReader(rig.Database).LoadAsync(rig.RunId);
        var click = Assert.Single(data.Events, e => e.Kind == EventKind.Click);
        Assert.Equal("Help", click.Text);
        Assert.Equal("a", click.Tag);
        Assert.False(string.IsNullOrEmpty(click.Selector));
        var shop = await rig.Moderator.Context.NewPageAsync();
        await shop.GotoAsync(fixture.Site.BaseUrl.ToString());
        Assert.Equal("Help", (await shop.Locator(click.Selector!).InnerTextAsync()).Trim()); // the recorded selector names the Help link
        Assert.InRange(click.X!.Value, help.X - 2, help.X + help.Width + 2);
        Assert.InRange(click.Y!.Value, help.Y - 2, help.Y + help.Height + 2);
        var attempt = Assert.Single(data.Attempts);
        Assert.Equal(("find-returns", AttemptOutcome.Success, 6), (attempt.TaskId, attempt.Outcome, attempt.Seq!.Value));
        Assert.DoesNotContain(data.Events, e => e.Kind == EventKind.RequestFailed);
    }
}
