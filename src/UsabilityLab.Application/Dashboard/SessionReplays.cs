using UsabilityLab.Core.Sessions;
using UsabilityLab.Storage.Moderation;

namespace UsabilityLab.Application.Dashboard;

/// <summary>
/// A moderated participant's screen frames and think-aloud audio for the dashboard's player. Every read is checked
/// against the run and participant asked for, so a frame or clip id from another session is never served.
/// </summary>
public sealed class SessionReplays(LabStore store)
{
    private readonly ModerationReader _reader = new(store.Database);

    /// <summary>
    /// The replay of <paramref name="participant"/> in run <paramref name="runId"/>, or null when nothing was kept (a
    /// scripted run, or a session without frames and audio). A participant recorded in several sessions (each with its
    /// own clock) is replayed from the one with the most frames.
    /// </summary>
    public async Task<SessionReplay?> OfAsync(long runId, string participant, CancellationToken ct)
    {
        var sessions = await SessionsOfAsync(runId, participant, ct);
        if (sessions.Count == 0)
        {
            return null;
        }

        var frames = await _reader.FrameStampsAsync(sessions, ct);
        var clips = await _reader.AudioSpansAsync(sessions, ct);
        if (frames.Count == 0 && clips.Count == 0)
        {
            return null;
        }

        var session = frames.Count > 0
            ? frames.GroupBy(f => f.SessionId).OrderByDescending(g => g.Count()).First().Key
            : clips[0].SessionId;
        return new SessionReplay(session, [.. frames.Where(f => f.SessionId == session)], [.. clips.Where(c => c.SessionId == session)]);
    }

    /// <summary>The JPEG of frame <paramref name="frameId"/> when it belongs to the participant's sessions in the run.</summary>
    public async Task<byte[]?> FrameAsync(long runId, string participant, long frameId, CancellationToken ct) =>
        await _reader.FrameAsync(frameId, ct) is { } frame && (await SessionsOfAsync(runId, participant, ct)).Contains(frame.SessionId)
            ? frame.Jpeg
            : null;

    /// <summary>Clip <paramref name="clipId"/> with its bytes when it belongs to the participant's sessions in the run.</summary>
    public async Task<AudioClip?> ClipAsync(long runId, string participant, long clipId, CancellationToken ct) =>
        await _reader.AudioClipAsync(clipId, ct) is { } clip && (await SessionsOfAsync(runId, participant, ct)).Contains(clip.SessionId)
            ? clip
            : null;

    private async Task<IReadOnlyCollection<long>> SessionsOfAsync(long runId, string participant, CancellationToken ct) =>
        (await _reader.SessionsAsync(runId, ct)).Where(s => s.Participant == participant).Select(s => s.SessionId).ToHashSet();
}
