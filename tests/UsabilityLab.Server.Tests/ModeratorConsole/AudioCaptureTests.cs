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
        await rig.Moderator.WaitForTimeoutAsync(2_500);
        var beforeStop = clock.NowMs;
        await rig.Moderator.ClickAsync("#audio");
        await rig.SeeFeedAsync("system", "think-aloud recording stopped");

        var clip = Assert.Single(await new ModerationReader(rig.Database).AudioAsync(rig.RunId));
        Assert.Equal(rig.Session.SessionId, clip.SessionId);
        Assert.StartsWith("audio/webm", clip.MimeType, StringComparison.Ordinal);
        Assert.True(clip.Data.Length > 1_000, $"a 2.5 s recording has more than {clip.Data.Length} bytes");
        Assert.Equal(WebMMagic, clip.Data[..4]);
        Assert.InRange(clip.StartMs, beforeStart, afterStart);
        Assert.InRange(clip.EndMs!.Value, beforeStop, clock.NowMs);
    }
}
