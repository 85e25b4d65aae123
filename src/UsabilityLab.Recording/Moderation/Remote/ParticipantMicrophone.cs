namespace UsabilityLab.Recording.Moderation.Remote;

/// <summary>
/// The remote participant's own microphone (think-aloud), which they may turn on and off on their page once they have
/// consented: stored as think-aloud clips of their session, like the moderator's, so the dashboard's replay plays them
/// in sync with the frames. One clip at a time; a clip still open when the participant's browser is lost or the
/// session ends is finished at its last piece, so every clip stays playable.
/// </summary>
public sealed class ParticipantMicrophone
{
    private readonly ModeratedSession _session;
    private readonly Func<ConsentState> _consent;

    internal ParticipantMicrophone(ModeratedSession session, Func<ConsentState> consent)
    {
        _session = session;
        _consent = consent;
    }

    /// <summary>The most bytes of audio one session stores from the participant's microphone.</summary>
    public static long MaxBytes => ModeratedSession.MaxVoiceBytes;

    /// <summary>Opens a clip whose first sample was recorded at <paramref name="wallMs"/> (Unix ms; null: now); returns its id.</summary>
    /// <param name="wallMs">When the participant's recorder started, by their clock (clamped onto the session's timeline).</param>
    /// <param name="mimeType">The recorder's format (checked by the caller), e.g. <c>audio/webm;codecs=opus</c>.</param>
    /// <exception cref="ModerationException">No consent yet, or the session is not running.</exception>
    public Task<long> StartAsync(double? wallMs, string mimeType)
    {
        RequireConsent();
        return _session.StartVoiceAsync(wallMs, mimeType);
    }

    /// <summary>Stores piece <paramref name="sequence"/> of clip <paramref name="clipId"/> (a piece sent twice is kept once).</summary>
    /// <exception cref="ModerationException">
    /// No consent, not the clip being recorded (stopped, or the session ended), a piece before this one missing, or the
    /// session's cap (<see cref="MaxBytes"/>) reached.
    /// </exception>
    public Task AppendAsync(long clipId, int sequence, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        RequireConsent();
        return _session.AppendVoiceAsync(clipId, sequence, data);
    }

    /// <summary>Marks clip <paramref name="clipId"/> as complete at <paramref name="wallMs"/> (null: now); a clip already finished stays as it is.</summary>
    public Task StopAsync(long clipId, double? wallMs) => _session.StopVoiceAsync(clipId, wallMs);

    /// <summary>The clip being recorded now, if any.</summary>
    public Task<long?> ClipAsync() => _session.VoiceClipAsync();

    private void RequireConsent()
    {
        if (_consent() != ConsentState.Given)
        {
            throw new ModerationException("the microphone turns on only after consent");
        }
    }
}
