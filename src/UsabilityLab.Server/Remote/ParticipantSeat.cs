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
    private int _holdsBrowser;
    private long _lastSeenTicks;
    private int _starting;

    public ParticipantSeat(ModeratedSession session)
    {
        Session = session;
        Remote = session.Remote ?? throw new ArgumentException("the session has no remote participant (ModeratedSessionOptions.Remote)", nameof(session));
        Page = ParticipantAssets.PageFor(Remote.StudyName);
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

    /// <summary>Told when consent could not start the session (its browser's place is free again).</summary>
    public Action? StartFailed { get; init; }

    /// <summary>Whether this seat holds one of the host's browser places (taken once, given back once).</summary>
    public bool HoldsBrowser => Volatile.Read(ref _holdsBrowser) == 1;

    /// <summary>Takes the seat's browser place; false when it already holds it.</summary>
    public bool TakeBrowserPlace() => Interlocked.Exchange(ref _holdsBrowser, 1) == 0;

    /// <summary>Gives the seat's browser place back; false when it held none.</summary>
    public bool GiveBrowserPlaceBack() => Interlocked.Exchange(ref _holdsBrowser, 0) == 1;

    /// <summary>When the participant's page last asked for anything, or their stream last closed (UTC ticks).</summary>
    public DateTimeOffset LastSeen => new(Interlocked.Read(ref _lastSeenTicks), TimeSpan.Zero);

    /// <summary>Notes that the participant's page is there (any request of theirs, a stream that ends).</summary>
    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastSeenTicks, now.UtcTicks);

    /// <summary>Whether the participant's consent is starting the session now (their browser takes seconds to start).</summary>
    public bool IsStarting => Volatile.Read(ref _starting) > 0;

    /// <summary>Runs <paramref name="start"/> as the participant's consent starting the session: they are there meanwhile.</summary>
    public async Task<T> StartingAsync<T>(Func<Task<T>> start)
    {
        Interlocked.Increment(ref _starting);
        try
        {
            return await start();
        }
        finally
        {
            Interlocked.Decrement(ref _starting);
        }
    }

    /// <summary>Takes the stream for one tab; false when another tab has it.</summary>
    public bool TryStream() => Interlocked.Exchange(ref _streaming, 1) == 0;

    /// <summary>Lets the stream go when its tab closed.</summary>
    public void EndStream() => Volatile.Write(ref _streaming, 0);

    /// <summary>How many times the participant's connection dropped so far.</summary>
    public int Drops => Volatile.Read(ref _drops);

    /// <summary>Whether a tab streams the session now.</summary>
    public bool IsStreaming => Volatile.Read(ref _streaming) == 1;

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
