using System.Net;
using System.Net.Http.Json;
using UsabilityLab.Recording.Moderation;
using UsabilityLab.Recording.Moderation.Remote;
using UsabilityLab.Server.Tests.ModeratorConsole;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Moderation;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>Nothing starts before consent; a refusal ends the session with nothing stored for the participant.</summary>
[Collection(ModerationCollection.Name)]
public sealed class ConsentTests(ModerationFixture fixture)
{
    [Fact]
    public async Task ConsentScreen_Refused_NothingRecordedAndSessionEnded()
    {
        await using var rig = await RemoteRig.StartAsync(fixture);
        await rig.Participant.GotoAsync(rig.Pages.Url.ToString());
        await rig.Participant.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "I do not agree" }).ClickAsync();
        await rig.Participant.GetByText("Nothing was recorded").WaitForAsync();
        await rig.Session.Ended.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ConsentState.Refused, rig.Session.Remote!.Consent);
        Assert.Null(rig.Session.SessionId);
        Assert.Null(rig.Session.ParticipantPage); // the lab never launched the participant's browser
        var data = await new RunReader(rig.Database).LoadAsync(rig.RunId);
        Assert.Empty(data.Participants);
        Assert.Empty(data.Attempts);
        Assert.Empty(data.Events);
        Assert.Empty(await new ModerationReader(rig.Database).SessionsAsync(rig.RunId));
        Assert.Empty(await new ModerationReader(rig.Database).FrameTotalsAsync(rig.RunId));
        Assert.Equal(ModerationStatus.Ended, (await rig.Session.SnapshotAsync()).Status);
    }

    [Fact]
    public async Task ParticipantPage_BeforeConsent_PanelAndStreamRefusedWith409()
    {
        await using var client = await ParticipantClient.StartIdleAsync(fixture);
        using var panel = await client.SendAsync(client.PageRequest("POST", "panel", JsonContent.Create(new { type = "start", v = 1 })));
        Assert.Equal(HttpStatusCode.Conflict, panel.StatusCode);
        var status = await client.WebSocketStatusAsync(client.Origin);
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal(ConsentState.Pending, client.Session.Remote!.Consent);
    }
}
