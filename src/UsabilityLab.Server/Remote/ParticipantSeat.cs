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
    private int _pausedByDrop;
    private int _drops;

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

    /// <summary>How many times the participant's connection dropped so far.</summary>
    public int Drops => Volatile.Read(ref _drops);

    /// <summary>Whether a tab streams the session now.</summary>
    public bool IsStreaming => Volatile.Read(ref _streaming) == 1;

    /// <summary>Told when the participant's connection dropped (after the task clock was paused), e.g. to end an abandoned session later.</summary>
    public Action? Dropped { get; init; }

    /// <summary>
    /// The participant's stream closed while the session runs: a running task's clock stops, so that time on task
    /// does not count a dropped connection (the pause is stored like a moderator's, and shown on the panel).
    /// </summary>
    public async Task DropAsync()
    {
        try
        {
            if (await Session.SnapshotAsync() is { Status: ModerationStatus.Running, Phase: ModerationPhase.Active, Paused: false })
            {
                await Session.PauseClockAsync();
                Volatile.Write(ref _pausedByDrop, 1);
            }
        }
        catch (ModerationException)
        {
            // The task ended in the same moment: there is no clock to stop.
        }

        Interlocked.Increment(ref _drops);
        Dropped?.Invoke();
    }

    /// <summary>The participant is back: a clock stopped by their drop (never one the moderator stopped) goes on.</summary>
    public async Task ReconnectAsync()
    {
        if (Interlocked.Exchange(ref _pausedByDrop, 0) == 1)
        {
            try
            {
                await Session.ResumeClockAsync();
            }
            catch (ModerationException)
            {
                // The moderator ended the task meanwhile.
            }
        }
    }
}
