using UsabilityLab.Core.Sessions;
using UsabilityLab.Recording.Moderation.Frames;
using UsabilityLab.Recording.Moderation.Remote;

namespace UsabilityLab.Recording.Moderation;

/// <summary>
/// The participant's browser of a moderated session, one <see cref="ParticipantLeg"/> (browser and session row) at a
/// time: opens a leg and hooks it up (the live feed, the backdrops, a remote participant's stream and page size),
/// lets the previous one go, shows the study's target and closes the last. What a lost leg means is the session's to
/// decide (<see cref="ModeratedSession"/>, told through <c>onLost</c>).
/// </summary>
internal sealed class BrowserLegs(
    ModeratedSessionOptions options,
    IRunJournal journal,
    IModerationJournal moderation,
    PanelChannel panel,
    LiveFeed feed,
    BackdropCamera? backdrops,
    RemoteParticipation? remote,
    Action<CapturedFrame> onLiveFrame,
    Func<ParticipantLeg, string, Task> onLost)
{
    /// <summary>The current leg, or null before the first.</summary>
    public ParticipantLeg? Current { get; private set; }

    /// <summary>Opens a new leg for <paramref name="participantId"/> and makes it current; the previous one is closed.</summary>
    public async Task OpenAsync(long participantId, CancellationToken cancellationToken)
    {
        var leg = await LegLaunch.StartAsync(options, journal, moderation, participantId, panel, onLiveFrame, remote is { } r ? r.OnFrame : null, cancellationToken);
        var old = Current;
        Current = leg;
        feed.Attach(leg.Recorder);
        remote?.UseViewport(leg.Viewport);
        leg.Lost += (lost, reason) => _ = onLost(lost, reason);
        if (backdrops is not null)
        {
            leg.Recorder.Recorded += e => backdrops.Offer(e);
        }

        if (old is not null)
        {
            await old.DisposeAsync();
        }
    }

    /// <summary>Opens the study's target in the current leg; null when it loaded, else why not.</summary>
    public Task<string?> ShowTargetAsync() =>
        Current is { } leg ? leg.NavigateAsync(options.Study.Target) : Task.FromResult<string?>("no browser");

    /// <summary>Closes the current leg's browser (no loss is reported for it).</summary>
    public async Task CloseAsync()
    {
        if (Current is { } leg)
        {
            await leg.DisposeAsync();
        }
    }
}
