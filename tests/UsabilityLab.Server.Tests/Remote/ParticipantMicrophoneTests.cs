using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Recording.Moderation;
using UsabilityLab.Server.Remote;
using UsabilityLab.Server.Tests.Dashboard;
using UsabilityLab.Server.Tests.ModeratorConsole;
using UsabilityLab.Storage.Moderation;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>
/// The remote participant's own microphone: off until they turn it on on the stage (Chromium's fake microphone, a
/// beeping tone, stands for their voice), stored as a think-aloud clip of their session that plays; refused before
/// consent, from another origin, out of order, too large, and once the page no longer shows the website.
/// </summary>
[Collection(ModerationCollection.Name)]
public sealed class ParticipantMicrophoneTests(ModerationFixture fixture)
{
    private static readonly byte[] WebmMagic = [0x1A, 0x45, 0xDF, 0xA3];

    [Fact]
    public async Task Microphone_TurnedOnAndOffOnTheStage_StoresAPlayableClipOfTheParticipant()
    {
        await using var rig = await RemoteRig.StartAsync(fixture);
        await rig.ConsentAsync();
        var page = rig.Participant;
        await Assertions.Expect(page.Locator("#mic-state")).ToHaveTextAsync("Microphone off");

        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on microphone" }).ClickAsync();
        await Assertions.Expect(page.Locator("#mic-state")).ToHaveTextAsync("Microphone on: your voice is recorded");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Turn off microphone" })).ToBeVisibleAsync();
        await rig.SeeFeedAsync("system", "participant's microphone started");
        await Accessibility.AssertCleanAsync(page, await AxeAsync());
        await Task.Delay(2_000); // the participant talks (the fake microphone beeps) for two seconds

        // Another origin cannot add to the clip, even with the participant's cookie.
        var clipId = await rig.Session.Remote!.Microphone.ClipAsync() ?? throw new InvalidOperationException("no clip is being recorded");
        var forged = await SendPieceAsync(page, new Uri(rig.Pages.Url, $"audio/{clipId}/0"), fixture.Site.BaseUrl.GetLeftPart(UriPartial.Authority));
        Assert.Equal(403, forged.Status);

        await page.GetByRole(AriaRole.Button, new() { Name = "Turn off microphone" }).ClickAsync();
        await Assertions.Expect(page.Locator("#mic-state")).ToHaveTextAsync("Microphone off");
        await rig.SeeFeedAsync("system", "participant's microphone stopped");
        Assert.Null(await rig.Session.Remote.Microphone.ClipAsync());

        var clip = Assert.Single(await new ModerationReader(rig.Database).AudioAsync(rig.RunId));
        Assert.Equal((clipId, rig.Session.SessionId), (clip.Id, clip.SessionId));
        Assert.StartsWith("audio/webm", clip.MimeType, StringComparison.Ordinal);
        Assert.Equal(WebmMagic, clip.Data[..4]);
        Assert.True(clip.Data.Length > 2_000, $"two seconds of audio, not {clip.Data.Length} bytes");
        Assert.InRange(clip.EndMs!.Value - clip.StartMs, 1_800, 10_000);
        Assert.InRange(await DecodedSecondsAsync(rig.Moderator, clip), 1.5, 10);
    }

    [Fact]
    public async Task Microphone_OnWhenTheModeratorEndsTheSession_ClipEndsAtItsLastPieceAndTheSwitchGoesOff()
    {
        await using var rig = await RemoteRig.StartAsync(fixture);
        await rig.ConsentAsync();
        var page = rig.Participant;
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on microphone" }).ClickAsync();
        await Assertions.Expect(page.Locator("#mic-state")).ToHaveTextAsync("Microphone on: your voice is recorded");
        await Task.Delay(1_500);

        await rig.Moderator.ClickAsync("#end");
        await rig.Session.Ended.WaitAsync(TimeSpan.FromSeconds(20));
        await Assertions.Expect(page.Locator("#mic-state")).ToHaveTextAsync("Microphone off: the session has ended");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Turn on microphone" })).ToBeVisibleAsync();

        var clip = Assert.Single(await new ModerationReader(rig.Database).AudioAsync(rig.RunId));
        Assert.NotNull(clip.EndMs); // finished by the session's end, not left open
        Assert.Equal(WebmMagic, clip.Data[..4]);
        Assert.True(await DecodedSecondsAsync(rig.Moderator, clip) >= 0.5, "the pieces stored before the end play");
    }

    [Fact]
    public async Task Microphone_OnWhenThePageReloads_ClipEndsAndTheReloadedPageSaysOff()
    {
        await using var rig = await RemoteRig.StartAsync(fixture);
        await rig.ConsentAsync();
        var page = rig.Participant;
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on microphone" }).ClickAsync();
        await Assertions.Expect(page.Locator("#mic-state")).ToHaveTextAsync("Microphone on: your voice is recorded");
        await Task.Delay(1_500);

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#mic-state")).ToHaveTextAsync("Microphone off");
        await rig.SeeFeedAsync("system", "participant's microphone stopped");
        Assert.Null(await rig.Session.Remote!.Microphone.ClipAsync());
        var clip = Assert.Single(await new ModerationReader(rig.Database).AudioAsync(rig.RunId));
        Assert.NotNull(clip.EndMs);
        Assert.True(await DecodedSecondsAsync(rig.Moderator, clip) >= 0.5, "the pieces stored before the reload play");
    }

    [Fact]
    public async Task AudioRoutes_FromTheParticipantPage_CheckFormatOrderSizeAndTheOpenStream()
    {
        await using var rig = await RemoteRig.StartAsync(fixture);
        await rig.ConsentAsync();
        var page = rig.Participant;

        Assert.Equal(400, (await PostAsync(page, "audio/start", "{\"mimeType\":\"audio/wav\"}")).Status);
        var start = await PostAsync(page, "audio/start", "{\"mimeType\":\"audio/webm;codecs=opus\"}");
        Assert.Equal(200, start.Status);
        var clipId = JsonDocument.Parse(start.Body).RootElement.GetProperty("clipId").GetInt64();

        var gap = await PostAsync(page, $"audio/{clipId}/1", bytes: 100);
        Assert.Equal((409, true), (gap.Status, gap.Body.Contains("piece 0 comes next", StringComparison.Ordinal)));
        Assert.Equal(413, (await PostAsync(page, $"audio/{clipId}/0", bytes: ParticipantAudioEndpoints.MaxChunkBytes + 1)).Status);
        Assert.Equal(415, (await PostAsync(page, $"audio/{clipId}/0", "{}")).Status);
        Assert.Equal(200, (await PostAsync(page, $"audio/{clipId}/0", bytes: 100)).Status);
        Assert.Equal(200, (await PostAsync(page, $"audio/{clipId}/0", bytes: 100)).Status); // a retry is kept once

        // The participant leaves the website (their stream closes): the next piece is refused and the clip ends.
        var origin = rig.Pages.BaseAddress.GetLeftPart(UriPartial.Authority);
        await page.GotoAsync("about:blank");
        var late = await SendPieceAsync(page, new Uri(rig.Pages.Url, $"audio/{clipId}/1"), origin);
        for (var tries = 0; late.Status == 200 && tries < 50; tries++)
        {
            await Task.Delay(200); // the lab notices the closed stream a moment later; until then piece 1 is taken (once)
            late = await SendPieceAsync(page, new Uri(rig.Pages.Url, $"audio/{clipId}/1"), origin);
        }

        Assert.Equal(409, late.Status);
        Assert.Contains("only while this page shows the website", await late.TextAsync(), StringComparison.Ordinal);

        var clip = Assert.Single(await new ModerationReader(rig.Database).AudioAsync(rig.RunId));
        Assert.NotNull(clip.EndMs);
        Assert.Equal("audio/webm;codecs=opus", clip.MimeType);
        Assert.InRange(clip.Data.Length, 100, 200); // piece 0 once (and piece 1 if it came before the stream was seen closed)
        Assert.Null(await rig.Session.Remote!.Microphone.ClipAsync());
    }

    [Fact]
    public async Task AudioRoutes_BeforeConsent_RefusedWith409AndNoClip()
    {
        // Before consent the link is only looked at (see ParticipantLinkGuard): every POST but the consent answer is refused.
        await using var client = await ParticipantClient.StartIdleAsync(fixture);
        using var start = await client.SendAsync(client.PageRequest("POST", "audio/start", JsonContent.Create(new { mimeType = "audio/webm" })));
        Assert.Equal(HttpStatusCode.Conflict, start.StatusCode);
        Assert.Contains("once you agree", await start.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var piece = new ByteArrayContent(new byte[100]);
        piece.Headers.ContentType = new("application/octet-stream");
        using var append = await client.SendAsync(client.PageRequest("POST", "audio/1/0", piece));
        Assert.Equal(HttpStatusCode.Conflict, append.StatusCode);
        Assert.Null(await client.Session.Remote!.Microphone.ClipAsync());
    }

    /// <summary>A piece sent with the participant's cookie and <paramref name="origin"/>, not from a page.</summary>
    private static Task<IAPIResponse> SendPieceAsync(IPage page, Uri url, string origin) =>
        page.Context.APIRequest.PostAsync(url.ToString(), new()
        {
            Headers = new Dictionary<string, string> { ["Origin"] = origin, ["Content-Type"] = "application/octet-stream" },
            DataByte = new byte[100],
        });

    /// <summary>A POST from the participant page's own script: a JSON body, or <paramref name="bytes"/> zero bytes as a piece.</summary>
    private static async Task<(int Status, string Body)> PostAsync(IPage page, string path, string? json = null, int bytes = 0)
    {
        var reply = await page.EvaluateAsync<JsonElement>(
            """
            async ([path, json, bytes]) => {
              const r = await fetch(path, json !== null
                ? { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: json }
                : { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: new Uint8Array(bytes) });
              return { status: r.status, body: await r.text() };
            }
            """,
            new object?[] { path, json, bytes });
        return (reply.GetProperty("status").GetInt32(), reply.GetProperty("body").GetString() ?? "");
    }

    private static async Task<string> AxeAsync()
    {
        CorpusFetch.EnsureInstalled(ModerationFixture.RepositoryFile(Path.Combine("tests", "RealWorld", "fetch-corpus.sh")));
        return await File.ReadAllTextAsync(ModerationFixture.RepositoryFile(Path.Combine("tests", "RealWorld", "node_modules", "axe-core", "axe.min.js")));
    }

    /// <summary>How long the clip plays, as a browser decodes all of it.</summary>
    private static Task<double> DecodedSecondsAsync(IPage page, AudioClip clip) =>
        page.EvaluateAsync<double>(
            """
            async (b64) => {
              const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
              const buffer = await new OfflineAudioContext(1, 48000, 48000).decodeAudioData(bytes.buffer);
              return buffer.duration;
            }
            """,
            Convert.ToBase64String(clip.Data));
}
