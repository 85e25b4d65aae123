using UsabilityLab.Core.Invitations;
using UsabilityLab.Recording.Moderation;

namespace UsabilityLab.Application.Invitations;

/// <summary>
/// An invited participant's remote session (<see cref="InvitedSessions.OpenAsync"/>): made when their link admits
/// them, started when they consent on their page. Disposing it ends the session, keeping what was recorded.
/// </summary>
public sealed class InvitedSession : IAsyncDisposable
{
    private readonly Func<ValueTask> _close;
    private int _disposed;

    internal InvitedSession(Invitation invitation, long runId, ModeratedSession session, Func<ValueTask> close)
    {
        Invitation = invitation;
        RunId = runId;
        Session = session;
        _close = close;
    }

    /// <summary>The invitation whose link admitted the participant.</summary>
    public Invitation Invitation { get; }

    /// <summary>The moderated run the session records into.</summary>
    public long RunId { get; }

    /// <summary>The session (remote: <see cref="ModeratedSession.Remote"/> is set).</summary>
    public ModeratedSession Session { get; }

    /// <summary>Ends the session (keeping what was recorded) and lets go of the run when it was the run's last.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _close();
        }
    }
}
