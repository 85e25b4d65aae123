using System.Net;
using UsabilityLab.Recording.Moderation;
using UsabilityLab.Recording.Moderation.Remote;

namespace UsabilityLab.Server.Remote;

/// <summary>
/// What one participant link leads to: the remote session, its page (made for its study), and whether a browser tab
/// streams it now (one at a time).
/// </summary>
internal sealed class ParticipantSeat
{
    private int _streaming;

    public ParticipantSeat(ModeratedSession session)
    {
        Session = session;
        Remote = session.Remote ?? throw new ArgumentException("the session has no remote participant (ModeratedSessionOptions.Remote)", nameof(session));
        Page = ParticipantAssets.Read("participant.html").Replace("{{STUDY}}", WebUtility.HtmlEncode(Remote.StudyName), StringComparison.Ordinal);
    }

    public ModeratedSession Session { get; }

    public RemoteParticipation Remote { get; }

    /// <summary>The participant page's HTML.</summary>
    public string Page { get; }

    /// <summary>
    /// Asked before consent starts the session's browser: false when the lab has no room for another browser now (the
    /// page then waits and asks again). Always true for a session of its own (<c>lab moderate --remote</c>).
    /// </summary>
    public Func<bool> MayStart { get; init; } = () => true;

    /// <summary>Takes the stream for one tab; false when another tab has it.</summary>
    public bool TryStream() => Interlocked.Exchange(ref _streaming, 1) == 0;

    /// <summary>Lets the stream go when its tab closed.</summary>
    public void EndStream() => Volatile.Write(ref _streaming, 0);
}
