using UsabilityLab.Core.Sessions;
using UsabilityLab.Recording.Capture;

namespace UsabilityLab.Recording.Moderation;

/// <summary>
/// Think-aloud audio from the moderator's browser: one clip at a time, uploaded in pieces, placed on the timeline of
/// the session it started in (even if the browser is replaced meanwhile).
/// </summary>
/// <remarks>Not thread-safe: <see cref="ModeratedSession"/> calls it only under its gate, so a piece cannot land in
/// another session's clip, nor after its clip was stopped.</remarks>
internal sealed class ThinkAloudClips(IModerationJournal moderation, Action<string, string> feed)
{
    private ParticipantClock? _clock;

    /// <summary>The clip being recorded, if any.</summary>
    public long? ClipId { get; private set; }

    /// <summary>Opens a clip whose first sample was recorded at <paramref name="wallMs"/> (null: now); returns its id.</summary>
    public async Task<long> StartAsync(ParticipantLeg leg, double? wallMs, string mimeType)
    {
        var id = await moderation.StartAudioAsync(leg.SessionId, leg.Clock.OnTimeline(wallMs), string.IsNullOrWhiteSpace(mimeType) ? "audio/webm" : mimeType.Trim(), CancellationToken.None);
        (ClipId, _clock) = (id, leg.Clock);
        feed("system", "think-aloud recording started");
        return id;
    }

    /// <summary>Stores one uploaded piece of the clip being recorded (pieces may arrive twice; each is kept once).</summary>
    /// <exception cref="ModerationException">Clip <paramref name="clipId"/> is not the one being recorded.</exception>
    public async Task AppendAsync(long clipId, int sequence, byte[] data)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        if (ClipId != clipId)
        {
            throw new ModerationException($"audio clip {clipId} is not being recorded");
        }

        await moderation.AppendAudioAsync(clipId, sequence, data, CancellationToken.None);
    }

    /// <summary>Marks a clip as complete; <paramref name="wallMs"/> is when the recorder stopped (null: now).</summary>
    public async Task StopAsync(long clipId, double? wallMs)
    {
        if (ClipId != clipId || _clock is not { } clock)
        {
            return; // already stopped (a retried request)
        }

        await moderation.FinishAudioAsync(clipId, clock.OnTimeline(wallMs), CancellationToken.None);
        (ClipId, _clock) = (null, null);
        feed("system", "think-aloud recording stopped");
    }
}
