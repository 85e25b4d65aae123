using System.Net.Http.Json;
using UsabilityLab.Core.Files;
using UsabilityLab.Server.Tests.ModeratorConsole;
using UsabilityLab.Server.Tests.Support;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>
/// A quality step (what the stream takes when the participant's connection backs up) changes the running screencast:
/// the next frames are smaller, and the stream goes on.
/// </summary>
[Collection(ModerationCollection.Name)]
public sealed class StreamQualityTests(ModerationFixture fixture)
{
    [Fact]
    public async Task SetQuality_LowestStep_NextFramesHalfSizeAndStreamGoesOn()
    {
        await using var rig = await RemoteRig.StartAsync(fixture, openConsole: false);
        await using var client = new ParticipantClient(rig.Pages, rig.Session, ownsServer: false);
        using (var consent = await client.SendAsync(client.PageRequest("POST", "consent", JsonContent.Create(new { agree = true }))))
        {
            consent.EnsureSuccessStatusCode();
        }

        await rig.LabPage.ArriveAtAsync(fixture.Site.BaseUrl.ToString());
        using var socket = await client.ConnectAsync(client.Origin);
        Assert.Equal((1280, 800), ImageSize.Read(await ParticipantClient.NextFrameAsync(socket)));

        var remote = rig.Session.Remote!;
        var lowest = remote.Qualities[^1];
        Assert.Equal((640, 400), (lowest.MaxWidth, lowest.MaxHeight));
        await remote.SetQualityAsync(lowest);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var size = (Width: 1280, Height: 800);
        for (var shade = 1; size.Width > lowest.MaxWidth && DateTime.UtcNow < deadline; shade++)
        {
            await rig.LabPage.EvaluateAsync("shade => { document.body.style.background = `rgb(${shade}, 200, 200)`; }", shade); // a repaint: a new frame
            size = ImageSize.Read(await ParticipantClient.NextFrameAsync(socket));
        }

        Assert.True(size.Width <= lowest.MaxWidth && size.Height <= lowest.MaxHeight, $"frames stayed {size.Width}×{size.Height}");
    }
}
