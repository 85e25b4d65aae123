using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Server.Dashboard;
using UsabilityLab.Server.Tests.ModeratorConsole;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Moderation;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>
/// Live remote participants on the dashboard: the study's Remote participants page says where each one is, and links
/// to their console at <c>/live/{invitation}/</c>, where a moderated session is led (the same console as at the lab:
/// the participant's screen, the feed, the task commands) and an unmoderated one is watched.
/// </summary>
[Collection(ModerationCollection.Name)]
public sealed class LiveConsoleTests(ModerationFixture fixture) : IAsyncLifetime
{
    private InvitedStudy _study = null!;

    public async Task InitializeAsync() => _study = await InvitedStudy.CreateAsync(fixture);

    public async Task DisposeAsync() => await _study.DisposeAsync();

    [Fact]
    public async Task ModeratedInvitation_LedFromTheDashboard_ListedLive_ConsoleStartsTheTask_SeesTheScreen()
    {
        var token = await _study.InviteAsync(moderated: true);
        var announced = new List<string>();
        await using var server = await DashboardServer.StartAsync(new DashboardOptions("127.0.0.1", 0) { Browser = fixture.Config }, _study.Store, announce: announced.Add);
        var participantContext = await fixture.Moderator.NewContextAsync(RemoteRig.ParticipantWindow);
        var participant = await participantContext.NewPageAsync();
        await participant.GotoAsync(new Uri(server.Root, $"p/{token}/").ToString());
        await participant.GetByRole(AriaRole.Button, new() { Name = "I agree — start" }).ClickAsync();
        var panel = new PanelDriver(() => participant);
        await panel.WaitForTextAsync("Welcome");

        // The researcher's dashboard lists the participant as live, with a link to lead the session.
        var researcher = await fixture.Moderator.NewContextAsync();
        var page = await researcher.NewPageAsync();
        await page.GotoAsync(new Uri(server.Root, "studies/Invited%20study/invitations").ToString());
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "P01" });
        await Assertions.Expect(row).ToContainTextAsync("between tasks");
        await row.GetByRole(AriaRole.Link, new() { Name = "Lead the session of P01" }).ClickAsync();

        await Assertions.Expect(page.Locator("#participant")).ToHaveTextAsync("P01");
        await page.ClickAsync("#next");
        await panel.WaitForTextAsync("Find out how many days you have to return an item.");
        await Assertions.Expect(page.Locator("#screen")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^data:image/jpeg"));
        await Assertions.Expect(page.Locator("#task-title")).ToContainTextAsync("Find the returns policy");
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync(); // "End the session?"
        await page.ClickAsync("#end");

        var database = await LabDatabase.OpenAsync(_study.Database);
        for (var polls = 0; polls < 100 && (await new ModerationReader(database).SessionsAsync(1)) is not [{ Status: not SessionStatus.Running }]; polls++)
        {
            await Task.Delay(200);
        }

        Assert.Equal(SessionStatus.Completed, Assert.Single(await new ModerationReader(database).SessionsAsync(1)).Status); // ended by the moderator
        Assert.Contains(announced, line => line.Contains($"{server.Root}live/1/", StringComparison.Ordinal));
        await researcher.CloseAsync();
        await participantContext.CloseAsync();
    }

    [Fact]
    public async Task UnmoderatedInvitation_ConsoleWatchesOnly_TaskCommandsRefused409_UnknownLive404()
    {
        var token = await _study.InviteAsync();
        await using var server = await DashboardServer.StartAsync(new DashboardOptions("127.0.0.1", 0) { Browser = fixture.Config }, _study.Store);
        var participantContext = await fixture.Moderator.NewContextAsync(RemoteRig.ParticipantWindow);
        var participant = await participantContext.NewPageAsync();
        await participant.GotoAsync(new Uri(server.Root, $"p/{token}/").ToString());
        await participant.GetByRole(AriaRole.Button, new() { Name = "I agree — start" }).ClickAsync();
        await new PanelDriver(() => participant).WaitForTextAsync("Start task");

        using var client = new HttpClient { BaseAddress = server.Root };
        var origin = server.Root.GetLeftPart(UriPartial.Authority);
        using var next = new HttpRequestMessage(HttpMethod.Post, "live/1/api/tasks/next") { Content = JsonContent.Create(new { }) };
        next.Headers.Add("Origin", origin);
        using var refused = await client.SendAsync(next);
        using var state = await client.GetAsync("live/1/api/state");
        using var unknown = await client.GetAsync("live/2/api/state");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("works through the tasks alone", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, state.StatusCode);
        Assert.Contains("\"participant\":\"P01\"", await state.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        await participantContext.CloseAsync();
    }

    [Fact]
    public async Task LiveConsole_DashboardBeyondLoopback_NeedsSignIn()
    {
        await using var server = await DashboardServer.StartAsync(new DashboardOptions("0.0.0.0", 0) { Browser = fixture.Config }, _study.Store);
        var root = new UriBuilder(server.Root) { Host = "127.0.0.1" }.Uri;
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = root };

        using var console = await client.GetAsync("/live/1/");
        using var stream = await client.GetAsync("/live/1/api/stream");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (console.StatusCode, stream.StatusCode));
    }
}
