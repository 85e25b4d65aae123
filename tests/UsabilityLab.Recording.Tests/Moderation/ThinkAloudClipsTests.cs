using Microsoft.Extensions.Time.Testing;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Recording.Capture;
using UsabilityLab.Recording.Moderation;

namespace UsabilityLab.Recording.Tests.Moderation;

/// <summary>
/// Think-aloud clips from a browser the lab does not trust (a remote participant's microphone): pieces only in order, a
/// byte cap, and a clip left open finished at its last piece, so that what is stored always plays.
/// </summary>
public sealed class ThinkAloudClipsTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-12-07T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly ClipJournal _journal = new();
    private readonly List<string> _feed = [];

    [Fact]
    public async Task AppendAsync_APieceAfterAMissingOne_RefusedAndNothingStored()
    {
        var clips = Limited(1_000);
        var id = await clips.StartAsync(7, new ParticipantClock(_time), null, "audio/webm;codecs=opus");
        await clips.AppendAsync(id, 0, new byte[10]);

        var gap = await Assert.ThrowsAsync<ModerationException>(() => clips.AppendAsync(id, 2, new byte[10]));
        Assert.Contains("piece 1 comes next", gap.Message, StringComparison.Ordinal);
        await clips.AppendAsync(id, 0, new byte[10]); // a retry of a stored piece is taken (the journal keeps it once)
        await clips.AppendAsync(id, 1, new byte[10]);
        Assert.Equal([0, 0, 1], _journal.Pieces.Select(p => p.Sequence));
    }

    [Fact]
    public async Task AppendAsync_PastTheCap_RefusedOverAllClipsOfTheSession()
    {
        var clips = Limited(25);
        var clock = new ParticipantClock(_time);
        var first = await clips.StartAsync(7, clock, null, "audio/webm");
        await clips.AppendAsync(first, 0, new byte[10]);
        await clips.StopAsync(first, null);
        var second = await clips.StartAsync(7, clock, null, "audio/webm");
        await clips.AppendAsync(second, 0, new byte[10]);

        var full = await Assert.ThrowsAsync<ModerationException>(() => clips.AppendAsync(second, 1, new byte[10]));
        Assert.Contains("the most audio a session may store", full.Message, StringComparison.Ordinal);
        Assert.Equal(20, _journal.Pieces.Sum(p => p.Bytes));
    }

    [Fact]
    public async Task AbandonAsync_AnOpenClip_FinishedAtItsLastPieceNotAtNow()
    {
        var clips = Limited(1_000);
        var clock = new ParticipantClock(_time);
        var id = await clips.StartAsync(7, clock, null, "audio/webm");
        _time.Advance(TimeSpan.FromSeconds(2));
        await clips.AppendAsync(id, 0, new byte[10]);
        _time.Advance(TimeSpan.FromSeconds(30)); // the page went away; the session ends much later

        await clips.AbandonAsync();

        Assert.Equal((id, 2_000.0), Assert.Single(_journal.Finished));
        Assert.Null(clips.ClipId);
        Assert.Equal(["participant's microphone started", "participant's microphone stopped"], _feed);
        await Assert.ThrowsAsync<ModerationException>(() => clips.AppendAsync(id, 1, new byte[10]));
    }

    [Fact]
    public async Task StartAsync_WhileAClipIsOpen_FinishesItFirst()
    {
        var clips = Limited(1_000);
        var clock = new ParticipantClock(_time);
        var first = await clips.StartAsync(7, clock, null, "audio/webm");
        _time.Advance(TimeSpan.FromSeconds(1));
        await clips.AppendAsync(first, 0, new byte[10]);
        _time.Advance(TimeSpan.FromSeconds(5));

        var second = await clips.StartAsync(7, clock, null, "audio/webm");

        Assert.NotEqual(first, second);
        Assert.Equal((first, 1_000.0), Assert.Single(_journal.Finished));
        Assert.Equal(second, clips.ClipId);
    }

    private ThinkAloudClips Limited(long maxBytes) =>
        new(_journal, (_, text) => _feed.Add(text), "participant's microphone", new ClipLimits(maxBytes));

    /// <summary>Keeps what the clips write, in order.</summary>
    private sealed class ClipJournal : IModerationJournal
    {
        private long _next;

        public List<(long Clip, int Sequence, int Bytes)> Pieces { get; } = [];

        public List<(long Clip, double EndMs)> Finished { get; } = [];

        public Task<long> AddNoteAsync(ModeratorNote note, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task SaveFrameAsync(ScreenFrame frame, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task AddPauseAsync(ClockPause pause, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<long> StartAudioAsync(long sessionId, double startMs, string mimeType, CancellationToken cancellationToken) => Task.FromResult(++_next);

        public Task AppendAudioAsync(long clipId, int sequence, byte[] data, CancellationToken cancellationToken)
        {
            Pieces.Add((clipId, sequence, data.Length));
            return Task.CompletedTask;
        }

        public Task FinishAudioAsync(long clipId, double endMs, CancellationToken cancellationToken)
        {
            Finished.Add((clipId, endMs));
            return Task.CompletedTask;
        }
    }
}
