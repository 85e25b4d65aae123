using UsabilityLab.Browser;
using UsabilityLab.Browser.Servers;
using UsabilityLab.Core.Events;
using UsabilityLab.Server.Dashboard;
using UsabilityLab.Server.Tests.ModeratorConsole;
using UsabilityLab.Storage;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>
/// Invited participants' browsers on a browser server (<c>browser.endpoints</c>): the lab server launches no Chromium of
/// its own, each participant gets a context of the server's browser, streamed and recorded as when launched here.
/// </summary>
[Collection(ModerationCollection.Name)]
public sealed class RemoteOnBrowserServerTests(ModerationFixture fixture) : IAsyncLifetime
{
    private InvitedStudy _study = null!;

    public async Task InitializeAsync() => _study = await InvitedStudy.CreateAsync(fixture);

    public async Task DisposeAsync() => await _study.DisposeAsync();

    [Fact]
    public async Task InvitationLink_BrowserServerConfigured_NoLocalChromium_ParticipantStreamedAndRecorded()
    {
        await using var browsers = await BrowserServer.StartAsync(fixture.Config, "127.0.0.1", 0, CancellationToken.None);
        // The lab's own config names a Chromium that does not exist: a launch here would fail the session.
        var config = fixture.Config with
        {
            ExecutablePath = "/nonexistent/chromium",
            Browser = new RemoteBrowserConfig { Endpoints = [browsers.Endpoint], PerEndpoint = 2 },
        };
        var token = await _study.InviteAsync();
        await using var server = await DashboardServer.StartAsync(new DashboardOptions("127.0.0.1", 0) { Browser = config }, _study.Store);
        var context = await fixture.Moderator.NewContextAsync(RemoteRig.ParticipantWindow);
        var (participant, panel) = await InvitedStudy.StartFirstTaskAsync(context, new Uri(server.Root, $"p/{token}/"));

        await _study.ClickHelpLinkAsync(participant);
        await panel.WaitForTextAsync("I'm done");

        var database = await LabDatabase.OpenAsync(_study.Database);
        RecordedEvent? click = null;
        for (var polls = 0; polls < 100 && click is null; polls++)
        {
            click = (await new RunReader(database).LoadAsync(1)).Events.FirstOrDefault(e => e.Kind == EventKind.Click);
            await Task.Delay(click is null ? 200 : 0);
        }

        Assert.Equal("Help", click?.Text);
        await context.CloseAsync();
    }
}
