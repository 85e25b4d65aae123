using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using UsabilityLab.Application;
using UsabilityLab.Application.Invitations;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Invitations;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies.Loading;
using UsabilityLab.Server.Dashboard;
using UsabilityLab.Server.Tests.ModeratorConsole;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Moderation;
using UsabilityLab.Storage.Runs;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>
/// An invitation link served by <c>lab serve</c>: an unmoderated participant opens it in their own browser, consents,
/// and works through the study alone (each task is shown when the one before has ended); the lab records the click
/// through the stream and the task's success, completes the run, and the link is used up.
/// </summary>
[Collection(ModerationCollection.Name)]
public sealed class InvitedSessionTests(ModerationFixture fixture) : IAsyncLifetime
{
    private InvitedStudy _study = null!;

    private string Database => _study.Database;

    public async Task InitializeAsync() => _study = await InvitedStudy.CreateAsync(fixture);

    public async Task DisposeAsync() => await _study.DisposeAsync();

    [Fact]
    public async Task InvitationLink_UnmoderatedParticipant_WorksThroughTheTasksAlone_RecordedAndLinkUsedUp()
    {
        var token = await InviteAsync();
        await using var server = await DashboardServer.StartAsync(new DashboardOptions("127.0.0.1", 0) { Browser = fixture.Config }, _study.Store);
        var context = await fixture.Moderator.NewContextAsync(RemoteRig.ParticipantWindow);
        var (participant, panel) = await InvitedStudy.StartFirstTaskAsync(context, new Uri(server.Root, $"p/{token}"));

        await _study.ClickHelpLinkAsync(participant);

        // The participant sees the help page arrive before they say they are done.
        var database = await LabDatabase.OpenAsync(Database);
        await ArrivedAsync(database, "/help");
        await panel.ClickAsync("I'm done");
        await panel.WaitForTextAsync("how difficult or easy");
        await panel.ClickAsync("6");

        // The last answer ends the session by itself; the run is let go as completed.
        var run = await RunWhenCompletedAsync(database);
        var data = await new RunReader(database).LoadAsync(run);
        var attempt = Assert.Single(data.Attempts);
        Assert.Equal(("find-returns", "P01", AttemptOutcome.Success, 6), (attempt.TaskId, attempt.Participant, attempt.Outcome, attempt.Seq!.Value));
        Assert.Equal("Help", Assert.Single(data.Events, e => e.Kind == EventKind.Click).Text);
        var listed = Assert.Single(await new ParticipantInvitations(_study.Store).ListAsync());
        Assert.Equal(InvitationStatus.Used, listed.Status);

        // The link is this browser's now: another browser is told it was used.
        var stranger = await fixture.Moderator.NewContextAsync(RemoteRig.ParticipantWindow);
        var again = await (await stranger.NewPageAsync()).GotoAsync(new Uri(server.Root, $"p/{token}/").ToString());
        Assert.Equal(409, again!.Status);
        await stranger.CloseAsync();
        await context.CloseAsync();
    }

    [Fact]
    public async Task InvitationLink_NoRoomForAnotherBrowser_ParticipantWaitsAndNothingStarts()
    {
        var token = await InviteAsync();
        await using var server = await DashboardServer.StartAsync(new DashboardOptions("127.0.0.1", 0) { Browser = fixture.Config, RemoteBrowsers = 0 }, _study.Store);
        var context = await fixture.Moderator.NewContextAsync(RemoteRig.ParticipantWindow);
        var participant = await context.NewPageAsync();
        await participant.GotoAsync(new Uri(server.Root, $"p/{token}").ToString());
        await participant.GetByRole(AriaRole.Button, new() { Name = "I agree — start" }).ClickAsync();

        await Assertions.Expect(participant.Locator("#consent-status")).ToContainTextAsync("Everyone's place is taken at the moment");
        var state = await participant.EvaluateAsync<JsonElement>("async () => await (await fetch('state')).json()");
        Assert.Equal("pending", state.GetProperty("consent").GetString());
        // The run the participant would join is open (their link was used), but no session, browser or event exists.
        var database = await LabDatabase.OpenAsync(Database);
        Assert.Empty(await new ModerationReader(database).SessionsAsync(1));
        await context.CloseAsync();
    }

    [Fact]
    public async Task InvitationLink_DashboardBeyondLoopback_OpensWithoutSignInWhileTheDashboardNeedsIt()
    {
        var token = await InviteAsync();
        await using var server = await DashboardServer.StartAsync(new DashboardOptions("0.0.0.0", 0) { Browser = fixture.Config }, _study.Store);
        var root = new UriBuilder(server.Root) { Host = "127.0.0.1" }.Uri;
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = root };

        using var link = await client.GetAsync($"/p/{token}/");
        using var dashboard = await client.GetAsync("/");
        using var guessed = await client.GetAsync($"/p/{new string('A', 43)}/");

        Assert.Equal(System.Net.HttpStatusCode.OK, link.StatusCode);
        Assert.Contains("Nothing is recorded before you agree", await link.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, dashboard.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, guessed.StatusCode);
    }

    [Fact]
    public async Task InvitationLink_ConnectionDroppedAndBack_OneAttemptWithTheGapPaused()
    {
        var token = await InviteAsync();
        await using var server = await DashboardServer.StartAsync(new DashboardOptions("127.0.0.1", 0) { Browser = fixture.Config }, _study.Store);
        var context = await fixture.Moderator.NewContextAsync(RemoteRig.ParticipantWindow);
        var link = new Uri(server.Root, $"p/{token}/");
        var (participant, panel) = await InvitedStudy.StartFirstTaskAsync(context, link);

        await participant.GotoAsync("about:blank"); // the tab leaves: its stream closes
        await Task.Delay(1_500);
        await participant.GotoAsync(link.ToString()); // back, in the same browser
        await participant.Locator("#stage-status:empty").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        await panel.ClickAsync("I give up");
        await panel.WaitForTextAsync("how difficult or easy");
        await panel.ClickAsync("2");

        var database = await LabDatabase.OpenAsync(Database);
        await RunWhenCompletedAsync(database);
        var attempt = Assert.Single((await new RunReader(database).LoadAsync(1)).Attempts);
        var pause = Assert.Single(await new ModerationReader(database).PausesAsync(1));
        Assert.Equal(attempt.Id, pause.AttemptId);
        Assert.InRange(pause.DurationMs, 1_000, 30_000);
        await context.CloseAsync();
    }

    [Fact]
    public async Task InvitationLink_ParticipantGoneLongerThanTheGrace_SessionEndsInterruptedAndFreesTheRun()
    {
        var token = await InviteAsync();
        var options = new DashboardOptions("127.0.0.1", 0) { Browser = fixture.Config, RemoteGrace = TimeSpan.FromSeconds(3) };
        await using var server = await DashboardServer.StartAsync(options, _study.Store);
        var context = await fixture.Moderator.NewContextAsync(RemoteRig.ParticipantWindow);
        var (participant, _) = await InvitedStudy.StartFirstTaskAsync(context, new Uri(server.Root, $"p/{token}"));

        await participant.GotoAsync("about:blank");

        var database = await LabDatabase.OpenAsync(Database);
        await RunWhenCompletedAsync(database);
        Assert.Equal(SessionStatus.Interrupted, Assert.Single(await new ModerationReader(database).SessionsAsync(1)).Status);
        await context.CloseAsync();
    }

    [Fact]
    public async Task InvitationLink_OpenedByALinkPreviewFirst_StaysPending_ParticipantStillGetsIn()
    {
        var token = await InviteAsync();
        await using var server = await DashboardServer.StartAsync(new DashboardOptions("127.0.0.1", 0) { Browser = fixture.Config }, _study.Store);
        var link = new Uri(server.Root, $"p/{token}/");

        // What a chat's unfurler or a mail scanner does with every link it sees: GET it, without cookies, maybe twice.
        using var scanner = new HttpClient(new HttpClientHandler { UseCookies = false });
        foreach (var path in new[] { "", "", "participant.js", "state" })
        {
            using var look = await scanner.GetAsync(new Uri(link, path));
            Assert.Equal(System.Net.HttpStatusCode.OK, look.StatusCode);
        }

        var previewed = Assert.Single(await new ParticipantInvitations(_study.Store).ListAsync());
        var context = await fixture.Moderator.NewContextAsync(RemoteRig.ParticipantWindow);
        await InvitedStudy.StartFirstTaskAsync(context, link);
        var used = Assert.Single(await new ParticipantInvitations(_study.Store).ListAsync());
        using var late = await scanner.GetAsync(link);

        Assert.Equal((InvitationStatus.Pending, InvitationStatus.Used), (previewed.Status, used.Status));
        Assert.Equal(System.Net.HttpStatusCode.Conflict, late.StatusCode);
        await context.CloseAsync();
    }

    [Fact]
    public async Task InvitationLink_LabServerRestarted_ParticipantsBrowserComesBack_AnyOtherStill409()
    {
        var token = await InviteAsync();
        var context = await fixture.Moderator.NewContextAsync(RemoteRig.ParticipantWindow);
        IPage participant;
        await using (var before = await DashboardServer.StartAsync(new DashboardOptions("127.0.0.1", 0) { Browser = fixture.Config }, _study.Store))
        {
            (participant, _) = await InvitedStudy.StartFirstTaskAsync(context, new Uri(before.Root, $"p/{token}"));
        }

        // A new server process on the same store (cookies are per host, not per port: the browser still holds its own).
        await using var after = await DashboardServer.StartAsync(new DashboardOptions("127.0.0.1", 0) { Browser = fixture.Config }, _study.Store);
        var link = new Uri(after.Root, $"p/{token}/");
        var reload = await participant.GotoAsync(link.ToString());
        var stranger = await fixture.Moderator.NewContextAsync(RemoteRig.ParticipantWindow);
        var other = await (await stranger.NewPageAsync()).GotoAsync(link.ToString());
        await participant.GetByRole(AriaRole.Button, new() { Name = "I agree — start" }).ClickAsync();
        var panel = new PanelDriver(() => participant);
        await panel.WaitForTextAsync("Find out how many days you have to return an item."); // the interrupted task, offered again

        Assert.Equal((200, 409), (reload!.Status, other!.Status));
        var sessions = await new ModerationReader(await LabDatabase.OpenAsync(Database)).SessionsAsync(1);
        Assert.Equal(SessionStatus.Interrupted, sessions[0].Status);
        Assert.Equal(2, sessions.Count);
        await stranger.CloseAsync();
        await context.CloseAsync();
    }

    [Fact]
    public async Task InvitationLink_FinishedParticipantBackAfterRestart_ThankedAndNoRunHeldOpen()
    {
        var token = await InviteAsync();
        var context = await fixture.Moderator.NewContextAsync(RemoteRig.ParticipantWindow);
        var database = await LabDatabase.OpenAsync(Database);
        IPage participant;
        await using (var before = await DashboardServer.StartAsync(new DashboardOptions("127.0.0.1", 0) { Browser = fixture.Config }, _study.Store))
        {
            PanelDriver panel;
            (participant, panel) = await InvitedStudy.StartFirstTaskAsync(context, new Uri(before.Root, $"p/{token}"));
            await panel.ClickAsync("I give up");
            await panel.WaitForTextAsync("how difficult or easy");
            await panel.ClickAsync("2");
            await RunWhenCompletedAsync(database);
        }

        // Every task is done; the server restarts, and the participant's browser reloads their page.
        await using var after = await DashboardServer.StartAsync(new DashboardOptions("127.0.0.1", 0) { Browser = fixture.Config }, _study.Store);
        var reload = await participant.GotoAsync(new Uri(after.Root, $"p/{token}/").ToString());

        Assert.Equal(200, reload!.Status);
        await Assertions.Expect(participant.Locator("body")).ToContainTextAsync("You have finished this study: every task is done. Thank you");
        Assert.Equal(RunStatus.Completed, (await new RunStamps(database).OfAsync(1))!.Status); // no session holds it open again
        Assert.Single(await new ModerationReader(database).SessionsAsync(1));
        await context.CloseAsync();
    }

    private Task<string> InviteAsync() => _study.InviteAsync();

    private static async Task ArrivedAsync(LabDatabase database, string path)
    {
        for (var polls = 0; polls < 100; polls++)
        {
            var events = (await new RunReader(database).LoadAsync(1)).Events;
            if (events.Any(e => e.Kind == EventKind.Navigation && e.Url is { } url && new Uri(url).AbsolutePath == path))
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"no navigation to {path} was recorded within 20 s");
    }

    private static async Task<long> RunWhenCompletedAsync(LabDatabase database)
    {
        // The first run of a new store: the one the invitation's session joined.
        const long run = 1;
        for (var polls = 0; polls < 100; polls++)
        {
            if (await new RunStamps(database).OfAsync(run) is { Status: RunStatus.Completed })
            {
                return run;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the run was not completed 20 s after the last answer");
    }
}
