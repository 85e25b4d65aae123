using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using UsabilityLab.Application;
using UsabilityLab.Server.Dashboard;
using UsabilityLab.Server.Tests.ModeratorConsole;
using UsabilityLab.Server.Tests.Support;
using UsabilityLab.Storage.Moderation;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Server.Tests.Dashboard;

/// <summary>
/// A moderated session with think-aloud audio, watched again on the dashboard's session page: its screen frames are
/// played with the audio as the clock, so the frame shown is the one of the moment being heard.
/// </summary>
[Collection(ModerationCollection.Name)]
public sealed class SessionReplayTests(ModerationFixture fixture)
{
    [Fact]
    public async Task SessionPage_ModeratedSessionWithAudio_PlaysFramesInSyncWithTheVoice()
    {
        await using var rig = await ModeratedRig.StartAsync(fixture);
        await RecordTalkingAsync(rig);
        var runId = rig.RunId;
        var clip = Assert.Single(await new ModerationReader(rig.Database).AudioAsync(runId));
        Assert.True(clip.Data.Length > 1_000, "the clip holds the think-aloud audio");

        var store = await LabStore.OpenExistingAsync(rig.Database.Location, CancellationToken.None);
        await using var server = await DashboardServer.StartAsync(new DashboardOptions("127.0.0.1", 0), store);
        var context = await fixture.Moderator.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        try
        {
            var page = await context.NewPageAsync();
            // A moment link inside the clip: play starts there, with the voice as the clock.
            var moment = (Math.Ceiling(clip.StartMs / 100) / 10) + 0.1;
            await page.GotoAsync(new Uri(server.Root, $"/runs/{runId}/sessions/P01?t={moment.ToString("0.0", CultureInfo.InvariantCulture)}").ToString());
            var replay = page.Locator("section.replay");
            await Assertions.Expect(replay.Locator("h2")).ToHaveTextAsync("Screen recording");
            await Assertions.Expect(replay).ToHaveAttributeAsync("data-ready", "yes");
            await Assertions.Expect(replay.Locator(".caption")).ToContainTextAsync("1 think-aloud clip played in sync");
            var index = await page.EvaluateAsync<JsonElement>("async () => await (await fetch(document.querySelector('[data-replay]').dataset.replay)).json()");
            var clipStart = index.GetProperty("clips")[0].GetProperty("startMs").GetDouble();
            var clipEnd = index.GetProperty("clips")[0].GetProperty("endMs").GetDouble();
            var frames = index.GetProperty("frames").EnumerateArray().Select(f => (Id: f[0].GetInt64(), Ms: f[1].GetDouble())).ToArray();
            Assert.True(frames.Count(f => f.Ms > clipStart && f.Ms < clipEnd) >= 2, $"frames within the clip: {string.Join(", ", frames.Select(f => f.Ms))}");

            Assert.Equal(moment * 1000, double.Parse(await replay.GetAttributeAsync("data-time-ms") ?? "", CultureInfo.InvariantCulture), 1.0);
            await page.ClickAsync("[data-replay-play]");
            await Assertions.Expect(page.Locator("[data-replay-play]")).ToHaveAttributeAsync("aria-pressed", "true");
            await page.WaitForFunctionAsync($"() => Number(document.querySelector('[data-replay]').dataset.timeMs) > {clipStart + 1_500}", null, new() { Timeout = 10_000 });
            var state = await page.EvaluateAsync<JsonElement>("""
                () => {
                  const root = document.querySelector('[data-replay]');
                  const audio = root.querySelector('audio');
                  const img = root.querySelector('[data-replay-frame]');
                  return { time: Number(root.dataset.timeMs), audio: audio.currentTime * 1000 + Number(audio.dataset.startMs), playing: !audio.paused,
                           frameMs: Number(img.dataset.frameMs), frameId: Number(img.dataset.frameId), loaded: img.complete && img.naturalWidth > 0 };
                }
                """);
            Assert.True(state.GetProperty("playing").GetBoolean(), "the think-aloud clip plays");
            // The clock was read from the audio at most one 50 ms tick before.
            Assert.InRange(state.GetProperty("audio").GetDouble() - state.GetProperty("time").GetDouble(), -20, 250);
            var time = state.GetProperty("time").GetDouble();
            var expected = frames.Last(f => f.Ms <= time);
            Assert.Equal((expected.Id, expected.Ms), (state.GetProperty("frameId").GetInt64(), state.GetProperty("frameMs").GetDouble()));

            // Pause stops both picture and voice.
            await page.ClickAsync("[data-replay-play]");
            await Assertions.Expect(page.Locator("[data-replay-play]")).ToHaveTextAsync("Play");
            Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('[data-replay] audio').paused"));
            await Assertions.Expect(page.Locator("[data-replay-frame]")).ToHaveJSPropertyAsync("complete", true);
            Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('[data-replay-frame]').naturalWidth > 0"), "the frame is a picture");

            CorpusFetch.EnsureInstalled(ModerationFixture.RepositoryFile(Path.Combine("tests", "RealWorld", "fetch-corpus.sh")));
            var axe = await File.ReadAllTextAsync(ModerationFixture.RepositoryFile(Path.Combine("tests", "RealWorld", "node_modules", "axe-core", "axe.min.js")));
            await Accessibility.AssertCleanAsync(page, axe);

            // The frames and audio of this session are not reachable through another participant's address.
            var other = await page.APIRequest.GetAsync(new Uri(server.Root, $"/runs/{runId}/sessions/P02/replay/frames/{frames[0].Id}.jpg").ToString());
            Assert.Equal(404, other.Status);
            var audio = await page.APIRequest.GetAsync(new Uri(server.Root, $"/runs/{runId}/sessions/P01/replay/audio/{index.GetProperty("clips")[0].GetProperty("id").GetInt64()}").ToString(), new() { Headers = new Dictionary<string, string> { ["Range"] = "bytes=0-3" } });
            Assert.Equal(206, audio.Status);
            Assert.Equal(new byte[] { 0x1A, 0x45, 0xDF, 0xA3 }, await audio.BodyAsync());
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>One task: the participant goes to Help while the moderator records what they say, then ends the session.</summary>
    private async Task RecordTalkingAsync(ModeratedRig rig)
    {
        await rig.Moderator.ClickAsync("#next");
        await rig.Panel.WaitForTextAsync("Find out how many days you have to return an item.");
        await rig.Panel.ClickAsync("Start task");
        await rig.Panel.WaitForTextAsync("I give up");
        await rig.Participant.ArriveAtAsync(fixture.Site.BaseUrl.ToString());
        await rig.Moderator.ClickAsync("#audio");
        await rig.SeeFeedAsync("system", "think-aloud recording started");
        // The screen changes while the participant talks: the replay has several frames within the clip.
        await Task.Delay(1_200);
        await rig.Participant.ClickAsync("role=link[name='Help']");
        await rig.Participant.ArriveAtAsync("/help");
        await Task.Delay(1_800);
        await rig.Moderator.ClickAsync("#audio");
        await rig.SeeFeedAsync("system", "think-aloud recording stopped");
        await rig.Panel.ClickAsync("I'm done");
        await rig.Panel.WaitForTextAsync("how difficult or easy");
        await rig.Panel.ClickAsync("6");
        await rig.Moderator.ClickAsync("#end");
        await rig.Session.Ended.WaitAsync(TimeSpan.FromSeconds(20));
    }
}
