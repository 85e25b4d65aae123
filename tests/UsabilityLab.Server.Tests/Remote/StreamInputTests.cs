using System.Net.Http.Json;
using System.Text.Json;
using UsabilityLab.Core.Events;
using UsabilityLab.Server.Tests.ModeratorConsole;
using UsabilityLab.Storage;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>
/// Input over the stream is checked before it reaches the lab's browser: a point outside the viewport, a key that is
/// not on the list, text over its cap and unknown kinds are refused with a reason (and never become page events).
/// </summary>
[Collection(ModerationCollection.Name)]
public sealed class StreamInputTests(ModerationFixture fixture)
{
    [Fact]
    public async Task StreamInput_OutsideViewportUnknownKeyOrLongText_RefusedWithReasonAndNotDispatched()
    {
        await using var rig = await RemoteRig.StartAsync(fixture, openConsole: false);
        await using var client = new ParticipantClient(rig.Pages, rig.Session, ownsServer: false);
        using (var consent = await client.SendAsync(client.PageRequest("POST", "consent", JsonContent.Create(new { agree = true }))))
        {
            consent.EnsureSuccessStatusCode();
        }

        using var socket = await client.ConnectAsync(client.Origin);
        using (var hello = JsonDocument.Parse(await ParticipantClient.NextTextAsync(socket)))
        {
            Assert.Equal(("hello", 1280, 800), (hello.RootElement.GetProperty("t").GetString(), hello.RootElement.GetProperty("width").GetInt32(), hello.RootElement.GetProperty("height").GetInt32()));
        }

        var refused = new Dictionary<string, string>
        {
            ["""{"t":"mouse","type":"mousePressed","x":1280,"y":10,"button":"left","buttons":1,"clickCount":1}"""] = "outside the 1280×800 viewport",
            ["""{"t":"mouse","type":"mousePressed","x":-1,"y":10,"button":"left","buttons":1,"clickCount":1}"""] = "outside the 1280×800 viewport",
            ["""{"t":"touch","type":"touchStart","points":[{"x":10,"y":900,"id":1}]}"""] = "outside the 1280×800 viewport",
            ["""{"t":"key","type":"keyDown","key":"F12"}"""] = "not on the list of keys",
            ["""{"t":"key","type":"keyDown","key":"AudioVolumeMute"}"""] = "not on the list of keys",
            ["""{"t":"mouse","type":"mouseDragged","x":1,"y":1}"""] = "mouse type 'mouseDragged' is not one of",
            ["""{"t":"eval","code":"alert(1)"}"""] = "unknown input kind 'eval'",
            [$$"""{"t":"text","text":"{{new string('x', 257)}}"}"""] = "over the 256 limit",
            ["not json"] = "not JSON",
        };
        foreach (var (message, reason) in refused)
        {
            await ParticipantClient.SendTextAsync(socket, message);
            using var reply = JsonDocument.Parse(await ParticipantClient.NextTextAsync(socket));
            Assert.Equal("refused", reply.RootElement.GetProperty("t").GetString());
            Assert.Contains(reason, reply.RootElement.GetProperty("reason").GetString(), StringComparison.Ordinal);
        }

        // A valid key goes through (no refusal comes back before the next refused message's).
        await ParticipantClient.SendTextAsync(socket, """{"t":"key","type":"keyDown","key":"Escape"}""");
        await ParticipantClient.SendTextAsync(socket, """{"t":"key","type":"keyUp","key":"F1"}""");
        using (var next = JsonDocument.Parse(await ParticipantClient.NextTextAsync(socket)))
        {
            Assert.Contains("'F1'", next.RootElement.GetProperty("reason").GetString(), StringComparison.Ordinal);
        }

        await rig.Session.EndAsync();
        var data = await new RunReader(rig.Database).LoadAsync(rig.RunId);
        Assert.DoesNotContain(data.Events, e => e.Kind is EventKind.Click or EventKind.Input);
    }
}
