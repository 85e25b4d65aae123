using UsabilityLab.Storage.Moderation;

namespace UsabilityLab.Server.Tests.ModeratorConsole;

/// <summary>Think-aloud audio from the console page's microphone (Chromium's fake device), stored as WebM on the session's timeline.</summary>
[Collection(ModerationCollection.Name)]
public sealed class AudioCaptureTests(ModerationFixture fixture)
{
    private static readonly byte[] WebMMagic = [0x1A, 0x45, 0xDF, 0xA3]; // EBML header

    [Fact]
    public async Task ThinkAloud_RecordedFromTheConsole_StoredAsWebMStartingWhenRecordingStarted()
    {
        await using var rig = await ModeratedRig.StartAsync(fixture);
        var clock = rig.Session.Clock!;

        var beforeStart = clock.NowMs;
        await rig.Moderator.ClickAsync("#audio");
        await rig.SeeFeedAsync("system", "think-aloud recording started");
        var afterStart = clock.NowMs;
        // The console uploads a piece every second while it records: stop once two have been stored.
        await StoredAsync(rig, bytes: 1_000);
        var beforeStop = clock.NowMs;
        await rig.Moderator.ClickAsync("#audio");
        await rig.SeeFeedAsync("system", "think-aloud recording stopped");

        var clip = Assert.Single(await new ModerationReader(rig.Database).AudioAsync(rig.RunId));
        Assert.Equal(rig.Session.SessionId, clip.SessionId);
        Assert.StartsWith("audio/webm", clip.MimeType, StringComparison.Ordinal);
        Assert.True(clip.Data.Length > 1_000, $"two seconds of recording have more than {clip.Data.Length} bytes");
        Assert.Equal(WebMMagic, clip.Data[..4]);
        Assert.InRange(clip.StartMs, beforeStart, afterStart);
        Assert.InRange(clip.EndMs!.Value, beforeStop, clock.NowMs);
    }

    private static async Task StoredAsync(ModeratedRig rig, int bytes)
    {
        var reader = new ModerationReader(rig.Database);
        for (var polls = 0; polls < 150; polls++)
        {
            if ((await reader.AudioAsync(rig.RunId)) is [{ } clip] && clip.Data.Length > bytes)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"15 s of recording stored no more than {bytes} bytes");
    }
}
