using Microsoft.Playwright;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Recording.Moderation.Remote;
using UsabilityLab.Server.Tests.ModeratorConsole;
using UsabilityLab.Server.Tests.Support;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Moderation;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>
/// The lab's browser of a remote participant crashes: their page says so, that nothing is lost, and offers to
/// continue; Continue starts a new browser whose screen the same stream shows, and the unmoderated session goes on
/// with the next task. The first browser's session row is kept as crashed, with its events.
/// </summary>
[Collection(ModerationCollection.Name)]
public sealed class BrowserCrashTests(ModerationFixture fixture)
{
    private const string Offer = "The website stopped unexpectedly. Everything you did so far is saved.";

    [Fact]
    public async Task LabBrowserCrashes_UnmoderatedSession_ParticipantContinuesAndFirstLegIsKept()
    {
        await using var rig = await RemoteRig.StartAsync(fixture); // a console only looks on: the lab paces the tasks
        using var stop = new CancellationTokenSource();
        var pacing = SelfPacedTasks.RunAsync(rig.Session, stop.Token);
        await rig.ConsentAsync();
        var panel = new PanelDriver(() => rig.Participant);
        await panel.WaitForTextAsync("Find out how many days you have to return an item.");
        await panel.ClickAsync("Start task");
        await panel.WaitForTextAsync("I give up");
        await rig.LabPage.ArriveAtAsync(fixture.Site.BaseUrl.ToString());
        var (x, y) = await rig.OnCanvasAsync(rig.LabPage.Locator("role=link[name='Help']"));
        await rig.Participant.Mouse.ClickAsync(x, y);
        await rig.LabPage.ArriveAtAsync("/help");
        await rig.SeeFeedAsync("click", "Help"); // delivered by the page: what the crash cannot take any more
        var firstSession = rig.Session.SessionId!.Value;
        await Assertions.Expect(rig.Participant.GetByText(Offer)).ToBeHiddenAsync();

        // The lab's Chromium dies (as from a renderer bug or the machine killing it): it answers nothing.
        var browser = await rig.LabPage.Context.Browser!.NewBrowserCDPSessionAsync();
        _ = browser.SendAsync("Browser.crash").ContinueWith(t => t.Exception, TaskScheduler.Default);

        await Assertions.Expect(rig.Participant.GetByText(Offer)).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var crashed = Assert.Single(await new ModerationReader(rig.Database).SessionsAsync(rig.RunId), s => s.SessionId == firstSession);
        Assert.Equal(SessionStatus.Crashed, crashed.Status);
        var before = await new RunReader(rig.Database).LoadAsync(rig.RunId);
        Assert.Contains(before.Events, e => e.SessionId == firstSession && e.Kind == EventKind.Click && e.Text == "Help");
        Assert.Equal(AttemptOutcome.Crashed, Assert.Single(before.Attempts).Outcome);
        var lastPicture = await rig.CanvasPictureAsync();

        await rig.Participant.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(rig.Participant.GetByText(Offer)).ToBeHiddenAsync(new() { Timeout = 30_000 });
        await rig.CanvasChangesFromAsync(lastPicture); // the stream shows the new browser's page
        await panel.WaitForTextAsync("Apply the coupon code"); // the unmoderated session goes on with the next task
        var secondSession = rig.Session.SessionId!.Value;
        Assert.NotEqual(firstSession, secondSession);
        await rig.LabPage.ArriveAtAsync(fixture.Site.BaseUrl.ToString());
        (x, y) = await rig.OnCanvasAsync(rig.LabPage.Locator("role=link[name='Help']"));
        await rig.Participant.Mouse.ClickAsync(x, y); // input reaches the new browser
        await rig.LabPage.ArriveAtAsync("/help");

        await stop.CancelAsync();
        await pacing;
        await rig.Session.EndAsync();
        var data = await new RunReader(rig.Database).LoadAsync(rig.RunId);
        Assert.Contains(data.Events, e => e.SessionId == firstSession && e.Kind == EventKind.Click && e.Text == "Help");
        Assert.Contains(data.Events, e => e.SessionId == secondSession && e.Kind == EventKind.Click && e.Text == "Help");
        Assert.Equal(SessionStatus.Crashed, Assert.Single(await new ModerationReader(rig.Database).SessionsAsync(rig.RunId), s => s.SessionId == firstSession).Status);
    }
}
