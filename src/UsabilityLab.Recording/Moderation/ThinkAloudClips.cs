using UsabilityLab.Core.Sessions;
using UsabilityLab.Recording.Capture;

namespace UsabilityLab.Recording.Moderation;

/// <summary>
/// Think-aloud audio from one browser (the moderator's, or a remote participant's microphone): one clip at a time,
/// uploaded in pieces, placed on the timeline of the session it started in (even if the browser is replaced meanwhile).
/// </summary>
/// <remarks>Not thread-safe: <see cref="ModeratedSession"/> calls it only under its gate, so a piece cannot land in
/// another session's clip, nor after its clip was stopped.</remarks>
/// <param name="moderation">Where clips and their pieces are stored.</param>
/// <param name="feed">The moderator's live feed (kind, text).</param>
/// <param name="voice">Whose audio, as the feed says it: "think-aloud recording" (the moderator's) by default.</param>
/// <param name="limits">
/// For audio from a browser the lab does not trust (a remote participant's): pieces strictly in order and a cap on the
/// bytes stored. Null: pieces in any order, no cap (the moderator's console).
/// </param>
internal sealed class ThinkAloudClips(IModerationJournal moderation, Action<string, string> feed, string voice = "think-aloud recording", ClipLimits? limits = null)
{
    private ParticipantClock? _clock;
    private int _next;
    private double _lastPieceMs;
    private long _storedBytes;

    /// <summary>The clip being recorded, if any.</summary>
    public long? ClipId { get; private set; }

    /// <summary>Opens a clip of session <paramref name="sessionId"/> whose first sample was recorded at <paramref name="wallMs"/> (null: now) by <paramref name="clock"/>; returns its id.</summary>
    /// <remarks>A clip still open (its browser went away without stopping it) is finished first, at its last piece.</remarks>
    public async Task<long> StartAsync(long sessionId, ParticipantClock clock, double? wallMs, string mimeType)
    {
        await AbandonAsync();
        var startMs = clock.OnTimeline(wallMs);
        var id = await moderation.StartAudioAsync(sessionId, startMs, string.IsNullOrWhiteSpace(mimeType) ? "audio/webm" : mimeType.Trim(), CancellationToken.None);
        (ClipId, _clock, _next, _lastPieceMs) = (id, clock, 0, startMs);
        feed("system", $"{voice} started");
        return id;
    }

    /// <summary>Stores one uploaded piece of the clip being recorded (pieces may arrive twice; each is kept once).</summary>
    /// <exception cref="ModerationException">
    /// Clip <paramref name="clipId"/> is not the one being recorded; with <see cref="ClipLimits"/>, a piece after a
    /// missing one (the clip would not play past the gap), or the cap reached.
    /// </exception>
    public async Task AppendAsync(long clipId, int sequence, byte[] data)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        if (ClipId != clipId || _clock is not { } clock)
        {
            throw new ModerationException($"audio clip {clipId} is not being recorded");
        }

        if (limits is { } caps)
        {
            if (sequence > _next)
            {
                throw new ModerationException($"audio piece {sequence} is out of order: piece {_next} comes next");
            }

            if (sequence == _next && _storedBytes + data.Length > caps.MaxBytes)
            {
                throw new ModerationException($"the most audio a session may store ({caps.MaxBytes / (1024 * 1024)} MB) is reached");
            }
        }

        await moderation.AppendAudioAsync(clipId, sequence, data, CancellationToken.None);
        if (sequence == _next)
        {
            _next++;
            _storedBytes += data.Length;
        }

        _lastPieceMs = clock.NowMs;
    }

    /// <summary>Marks a clip as complete; <paramref name="wallMs"/> is when the recorder stopped (null: now).</summary>
    public async Task StopAsync(long clipId, double? wallMs)
    {
        if (ClipId != clipId || _clock is not { } clock)
        {
            return; // already stopped (a retried request)
        }

        await FinishAsync(clipId, clock.OnTimeline(wallMs));
    }

    /// <summary>
    /// Finishes the clip being recorded, if any, at its last stored piece: its browser is gone or its session ended, so
    /// no stop will come. Every piece stored so far stays, and the clip plays up to there.
    /// </summary>
    public async Task AbandonAsync()
    {
        if (ClipId is { } clipId)
        {
            await FinishAsync(clipId, _lastPieceMs);
        }
    }

    private async Task FinishAsync(long clipId, double endMs)
    {
        await moderation.FinishAudioAsync(clipId, endMs, CancellationToken.None);
        (ClipId, _clock) = (null, null);
        feed("system", $"{voice} stopped");
    }
}
