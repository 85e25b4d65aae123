using Microsoft.Playwright;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Recording.Capture;
using UsabilityLab.Recording.Moderation.Frames;

namespace UsabilityLab.Recording.Moderation;

/// <summary>
/// A moderated session: a real participant works through the study's tasks in a real browser with a task panel,
/// while a moderator follows along in the console (a web host following <see cref="Updates"/>), decides when a task is
/// over, overrides outcomes, pauses the task clock and takes notes. Everything goes to the same journals as a
/// scripted run. If the participant's browser closes or crashes, what was recorded stays, the session row is marked
/// crashed, and <see cref="ResumeWithNewBrowserAsync"/> continues in a new browser (and a new session row).
/// </summary>
/// <remarks>
/// Every state change runs under one gate, whether it comes from the participant's panel, the console or the
/// browser going away; the console and the panel are then told the new state.
/// </remarks>
public sealed partial class ModeratedSession : IAsyncDisposable
{
    private readonly ModeratedSessionOptions _options;
    private readonly IRunJournal _journal;
    private readonly IModerationJournal _moderation;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly PanelChannel _panel;
    private readonly LiveFeed _feed;
    private readonly BackdropCamera? _backdrops;
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private Task _ticker = Task.CompletedTask;
    private ParticipantLeg? _leg;
    private long _participantId;
    private ModerationStatus _status = ModerationStatus.Starting;
    private string? _statusDetail;
    private int _disposed;

    /// <summary>Creates the session; nothing starts before <see cref="StartAsync"/>.</summary>
    public ModeratedSession(ModeratedSessionOptions options, IRunJournal journal, IModerationJournal moderation)
    {
        _options = options;
        _journal = journal;
        _moderation = moderation;
        _panel = new PanelChannel(OnPanelActionAsync);
        _feed = new LiveFeed(item => Updates.Publish(new FeedUpdate(item)));
        _backdrops = options.Backdrops ? new BackdropCamera(options, journal) : null;
        _afterStudy = Questionnaire.AfterStudy(options.Study.Questionnaires.AfterStudy);
    }

    /// <summary>Completes when the session has ended (the moderator ended it, or it was interrupted).</summary>
    public Task Ended => _ended.Task;

    /// <summary>The participant's current page (null while the browser is lost); tests drive it like a person would.</summary>
    public IPage? ParticipantPage => _leg is { IsLost: false } leg ? leg.ActivePage : null;

    /// <summary>The current session's clock (its timeline), or null before the start.</summary>
    public ParticipantClock? Clock => _leg?.Clock;

    /// <summary>The current session's database id, or null before the start.</summary>
    public long? SessionId => _leg?.SessionId;

    /// <summary>What a moderator console follows: the state, the live feed and the screen, as typed updates.</summary>
    public ModerationUpdates Updates { get; } = new();

    /// <summary>Adds the participant to the run, opens the browser on the study's target and shows the panel.</summary>
    /// <exception cref="InputException">The participant already attempted every task of this run.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _participantId = await _journal.EnsureParticipantAsync(_options.Participant, "person", 0, cancellationToken);
            _attempted.UnionWith(await _journal.FinishedTasksAsync(_participantId, cancellationToken));
            if (NextTask() is null)
            {
                throw new InputException($"participant {_options.Participant} has already attempted every task of this run; choose another --participant");
            }

            if (_attempted.Count > 0)
            {
                Feed("system", $"continuing {_options.Participant}: {_attempted.Count} task(s) done in an earlier session");
            }

            await OpenLegAsync(cancellationToken);
            ShowPanel();
        }
        finally
        {
            _gate.Release();
        }

        await PublishAsync();
        _ticker = Task.Run(TickAsync);
    }

    /// <summary>Ends the session: a running task ends (its automatic outcome is kept), the browser closes.</summary>
    /// <param name="interrupted">True for Ctrl-C: a running task is stored as interrupted and offered again next time.</param>
    public async Task EndAsync(bool interrupted = false)
    {
        await _gate.WaitAsync();
        try
        {
            if (_status == ModerationStatus.Ended)
            {
                return;
            }

            if (_active is not null)
            {
                await FinishActiveAsync(interrupted ? AttemptEndCause.Interrupted : AttemptEndCause.SessionEnded, null, null);
            }

            _phase = ModerationPhase.Ended;
            ShowPanel();
            var left = _options.Study.Tasks.Count(t => !_attempted.Contains(t.Id));
            _statusDetail = interrupted ? "interrupted; run the same command again to continue" : left == 0 ? "all tasks done" : $"ended by the moderator with {left} task(s) not attempted";
            if (_leg is { IsLost: false } leg)
            {
                await _journal.EndSessionAsync(leg.SessionId, interrupted ? SessionEnd.Interrupted : SessionEnd.Completed, left == 0 ? null : _statusDetail, CancellationToken.None);
            }

            _status = ModerationStatus.Ended;
            Feed("system", $"session ended: {_statusDetail}");
        }
        finally
        {
            _gate.Release();
        }

        await PublishAsync();
        await CloseLegAsync();
        await _journal.FlushAsync();
        _ended.TrySetResult();
    }

    /// <summary>The console's view of the session now.</summary>
    public async Task<ModerationSnapshot> SnapshotAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return BuildSnapshot();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs a state change under the gate, then tells the console and the panel.</summary>
    private async Task RunAsync(Func<Task> change)
    {
        await _gate.WaitAsync();
        try
        {
            await change();
        }
        finally
        {
            _gate.Release();
        }

        await PublishAsync();
    }

    private async Task PublishAsync()
    {
        await _gate.WaitAsync();
        try
        {
            Updates.Publish(new StateUpdate(BuildSnapshot()));
        }
        finally
        {
            _gate.Release();
        }
    }

    // Times keep moving and frames keep arriving between commands: refresh the console every two seconds.
    private async Task TickAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                await PublishAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    private void OnLiveFrame(CapturedFrame frame) =>
        Updates.Publish(new FrameUpdate(frame.TimeMs, frame.Width, frame.Height, frame.Jpeg));

    private void Feed(string kind, string text, string? detail = null) =>
        Updates.Publish(new FeedUpdate(new FeedItem(_leg?.SessionId ?? 0, _leg?.Clock.NowMs ?? 0, kind, text, detail)));

    /// <summary>Ends the session as interrupted if it is still running, and releases the browser.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (_status != ModerationStatus.Ended && _leg is not null)
        {
            await EndAsync(interrupted: true);
        }
        else
        {
            await CloseLegAsync();
        }

        await _stop.CancelAsync();
        await _ticker;
        await _feed.DisposeAsync();
        if (_backdrops is not null)
        {
            await _backdrops.DisposeAsync();
        }

        _stop.Dispose();
    }
}
