using Microsoft.Playwright;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Recording.Capture;
using UsabilityLab.Recording.Moderation.Frames;
using UsabilityLab.Recording.Moderation.Remote;

namespace UsabilityLab.Recording.Moderation;

/// <summary>
/// A moderated session: a real participant works through the study's tasks in a real browser with a task panel,
/// while a moderator follows along in the console (a web host following <see cref="Updates"/>), decides when a task is
/// over, overrides outcomes, pauses the task clock and takes notes. Everything goes to the same journals as a
/// scripted run. If the participant's browser closes or crashes, what was recorded stays, the session row is marked
/// crashed, and <see cref="ResumeWithNewBrowserAsync"/> continues in a new browser (and a new session row).
/// </summary>
/// <remarks>
/// The session is the state machine (<see cref="ModerationStatus"/>: starting, running, browser lost, ended) and owns
/// the participant's browser, one <see cref="ParticipantLeg"/> at a time; the task flow (<see cref="TaskFlow"/>), the
/// notes (<see cref="NoteTaker"/>) and the think-aloud audio (<see cref="ThinkAloudClips"/>) are its parts. Every
/// state change runs under one gate, whether it comes from the participant's panel, the console or the browser going
/// away; the console and the panel are then told the new state.
/// </remarks>
public sealed class ModeratedSession : IAsyncDisposable
{
    private readonly ModeratedSessionOptions _options;
    private readonly IRunJournal _journal;
    private readonly IModerationJournal _moderation;
    private readonly SessionGate _gate;
    private readonly PanelChannel _panel;
    private readonly LiveFeed _feed;
    private readonly BackdropCamera? _backdrops;
    private readonly TaskFlow _tasks;
    private readonly NoteTaker _notes;
    private readonly ThinkAloudClips _audio;
    private readonly ThinkAloudClips _voice;
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly BrowserLegs _legs;
    private volatile ModerationStatus _status = ModerationStatus.Starting;
    private string? _statusDetail;
    private int _disposed;

    /// <summary>The most audio a remote participant's microphone may store in one session: about 3½ hours of Opus at 64 kbit/s.</summary>
    internal const long MaxVoiceBytes = 100L * 1024 * 1024;

    /// <summary>Creates the session; nothing starts before <see cref="StartAsync"/>.</summary>
    public ModeratedSession(ModeratedSessionOptions options, IRunJournal journal, IModerationJournal moderation)
    {
        _options = options;
        _journal = journal;
        _moderation = moderation;
        _gate = new SessionGate(BuildSnapshot, Updates, options.Time);
        _panel = new PanelChannel(OnPanelActionAsync);
        _feed = new LiveFeed(item => Updates.Publish(new FeedUpdate(item)));
        _backdrops = options.Backdrops ? new BackdropCamera(options, journal) : null;
        _tasks = new TaskFlow(options, journal, moderation, _panel, (kind, text) => Feed(kind, text));
        _notes = new NoteTaker(moderation, Updates);
        _audio = new ThinkAloudClips(moderation, (kind, text) => Feed(kind, text));
        _voice = new ThinkAloudClips(moderation, (kind, text) => Feed(kind, text), "participant's microphone", new ClipLimits(MaxVoiceBytes));
        Remote = options.Remote ? new RemoteParticipation(this, _panel, options.Study.Name, options.Study.Viewport ?? options.Browser.Viewport, options.Frames) : null;
        _legs = new BrowserLegs(options, journal, moderation, _panel, _feed, _backdrops, Remote, OnLiveFrame, OnLostAsync);
        if (Remote is not null)
        {
            // The console follows the session while it waits for the participant's consent, which may take minutes.
            _gate.StartTicking();
            Feed("system", $"waiting for {options.Participant} to open their link and agree to be recorded");
        }
    }

    /// <summary>
    /// For a remote participant (<see cref="ModeratedSessionOptions.Remote"/>): consent, panel, stream and input for the
    /// participant page. Null for a participant at the lab's machine.
    /// </summary>
    public RemoteParticipation? Remote { get; }

    /// <summary>The current leg (browser and session row), or null before the start.</summary>
    internal ParticipantLeg? Leg => _legs.Current;

    /// <summary>Where the session stands now (read without the gate: a participant page asks every second).</summary>
    internal ModerationStatus Status => _status;

    /// <summary>The session's source of real time.</summary>
    internal TimeProvider Time => _options.Time;

    /// <summary>Adds a line to the moderator's live feed (not to the recording).</summary>
    internal void Report(string kind, string text, string? detail) => Feed(kind, text, detail);

    /// <summary>Completes when the session has ended (the moderator ended it, or it was interrupted).</summary>
    public Task Ended => _ended.Task;

    /// <summary>The participant's current page (null while the browser is lost); tests drive it like a person would.</summary>
    public IPage? ParticipantPage => _legs.Current is { IsLost: false } leg ? leg.ActivePage : null;

    /// <summary>The current session's clock (its timeline), or null before the start.</summary>
    public ParticipantClock? Clock => _legs.Current?.Clock;

    /// <summary>The current session's database id, or null before the start.</summary>
    public long? SessionId => _legs.Current?.SessionId;

    /// <summary>What a moderator console follows: the state, the live feed and the screen, as typed updates.</summary>
    public ModerationUpdates Updates { get; } = new();

    /// <summary>Adds the participant to the run, opens the browser on the study's target and shows the panel.</summary>
    /// <exception cref="InputException">The participant already attempted every task of this run.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _gate.RunAsync(async () =>
        {
            var participantId = await _journal.EnsureParticipantAsync(_options.Participant, "person", 0, cancellationToken);
            var done = await _tasks.TakeInAsync(participantId, cancellationToken);
            if (!_tasks.HasNextTask)
            {
                throw new InputException($"participant {_options.Participant} has already attempted every task of this run; choose another --participant");
            }

            if (done > 0)
            {
                Feed("system", $"continuing {_options.Participant}: {done} task(s) done in an earlier session");
            }

            await OpenLegAsync(cancellationToken);
            _tasks.ShowPanel();
        });
        if (Remote is null)
        {
            _gate.StartTicking(); // a remote session ticks from its start, while it waits for consent
        }
    }

    /// <summary>Ends the session: a running task ends (its automatic outcome is kept), the browser closes.</summary>
    /// <param name="interrupted">True for Ctrl-C: a running task is stored as interrupted and offered again next time.</param>
    public async Task EndAsync(bool interrupted = false)
    {
        var ended = await _gate.RunAsync(async () =>
        {
            if (_status == ModerationStatus.Ended)
            {
                return false;
            }

            await _tasks.EndRunningAsync(interrupted ? AttemptEndCause.Interrupted : AttemptEndCause.SessionEnded, null);
            _tasks.End();
            await _voice.AbandonAsync(); // the participant's microphone may still be on: its clip ends at its last piece
            var left = _tasks.NotAttempted;
            _statusDetail = interrupted ? "interrupted; run the same command again to continue" : left == 0 ? "all tasks done" : $"ended by the moderator with {left} task(s) not attempted";
            if (_legs.Current is { IsLost: false } leg)
            {
                // What the pages still buffer (a last click that navigated, between tasks) is kept before the browser closes.
                await leg.DrainAsync();
                await _journal.EndSessionAsync(leg.SessionId, interrupted ? SessionEnd.Interrupted : SessionEnd.Completed, left == 0 ? null : _statusDetail, CancellationToken.None);
            }

            _status = ModerationStatus.Ended;
            Feed("system", $"session ended: {_statusDetail}");
            return true;
        });
        if (!ended)
        {
            return;
        }

        await _legs.CloseAsync();
        await _journal.FlushAsync();
        _ended.TrySetResult();
    }

    /// <summary>
    /// A remote participant refused consent: the session ends before it started, so no participant, session, event or
    /// frame was stored for them.
    /// </summary>
    internal async Task EndWithoutConsentAsync()
    {
        await _gate.RunAsync(() =>
        {
            _tasks.End();
            _status = ModerationStatus.Ended;
            _statusDetail = "the participant refused consent; nothing was recorded";
            Feed("system", $"session ended: {_statusDetail}");
            return Task.CompletedTask;
        });
        _ended.TrySetResult();
    }

    /// <summary>Shows the next task's prompt on the participant's panel (skipping an unanswered SEQ).</summary>
    public Task StartNextTaskAsync() => _gate.RunAsync(() =>
    {
        RequireRunning();
        _tasks.ShowNextTask();
        return Task.CompletedTask;
    });

    /// <summary>
    /// Overrides an attempt's outcome (the automatic one is kept beside it). Null means the running attempt, which
    /// this ends, else the latest one.
    /// </summary>
    public Task MarkOutcomeAsync(long? attemptId, AttemptOutcome outcome) => _gate.RunAsync(() => _tasks.MarkOutcomeAsync(attemptId, outcome));

    /// <summary>Stops the running task's clock (the participant's panel says so).</summary>
    public Task PauseClockAsync() => _gate.RunAsync(() =>
    {
        _tasks.PauseClock();
        return Task.CompletedTask;
    });

    /// <summary>Restarts the running task's clock.</summary>
    public Task ResumeClockAsync() => _gate.RunAsync(_tasks.ResumeClockAsync);

    /// <summary>Stores a note at the moment it is about; returns its id.</summary>
    /// <exception cref="ModerationException">No session yet, severity outside 1–4, or an empty note.</exception>
    public async Task<long> AddNoteAsync(NoteRequest note)
    {
        var text = NoteTaker.Checked(note);
        long id = 0;
        await _gate.RunAsync(async () => id = await _notes.AddAsync(note, text, _legs.Current ?? throw new ModerationException("the session has not started yet"), _tasks.AttemptAt));
        return id;
    }

    /// <summary>Opens a think-aloud clip whose first sample was recorded at <paramref name="wallMs"/> (null: now); returns its id.</summary>
    public async Task<long> StartAudioAsync(double? wallMs, string mimeType)
    {
        long id = 0;
        await _gate.RunAsync(async () =>
        {
            var leg = _legs.Current ?? throw new ModerationException("the session has not started yet");
            if (_status == ModerationStatus.Ended)
            {
                throw new ModerationException("the session has ended");
            }

            id = await _audio.StartAsync(leg.SessionId, leg.Clock, wallMs, mimeType);
        });
        return id;
    }

    /// <summary>Stores one uploaded piece of the clip being recorded (pieces may arrive twice; each is kept once).</summary>
    /// <exception cref="ModerationException">Clip <paramref name="clipId"/> is not the one being recorded.</exception>
    public async Task AppendAudioAsync(long clipId, int sequence, byte[] data)
    {
        // Under the gate, but nothing the console shows changes: no new state to publish.
        await _gate.RunAsync(async () =>
        {
            await _audio.AppendAsync(clipId, sequence, data);
            return false;
        });
    }

    /// <summary>Marks a clip as complete; <paramref name="wallMs"/> is when the recorder stopped (null: now).</summary>
    public Task StopAudioAsync(long clipId, double? wallMs) => _gate.RunAsync(() => _audio.StopAsync(clipId, wallMs));

    /// <summary>Opens a clip of the remote participant's microphone (see <see cref="StartAudioAsync"/>); only while the session runs.</summary>
    /// <exception cref="ModerationException">The session is not running (not started, browser lost, or ended).</exception>
    internal async Task<long> StartVoiceAsync(double? wallMs, string mimeType)
    {
        long id = 0;
        await _gate.RunAsync(async () =>
        {
            RequireRunning();
            var leg = _legs.Current!;
            id = await _voice.StartAsync(leg.SessionId, leg.Clock, wallMs, mimeType);
        });
        return id;
    }

    /// <summary>Stores one piece of the participant's clip: in order, within <see cref="MaxVoiceBytes"/>.</summary>
    /// <exception cref="ModerationException">Not the clip being recorded, a piece missing before this one, or the cap reached.</exception>
    internal Task AppendVoiceAsync(long clipId, int sequence, byte[] data) => _gate.RunAsync(async () =>
    {
        await _voice.AppendAsync(clipId, sequence, data);
        return false;
    });

    /// <summary>Marks the participant's clip as complete (a clip already stopped: nothing to do).</summary>
    internal Task StopVoiceAsync(long clipId, double? wallMs) => _gate.RunAsync(() => _voice.StopAsync(clipId, wallMs));

    /// <summary>The participant's clip being recorded, if any.</summary>
    internal Task<long?> VoiceClipAsync() => _gate.ReadAsync(() => _voice.ClipId);

    /// <summary>Continues after the participant's browser was lost: a new browser, a new session row, same tasks.</summary>
    public Task ResumeWithNewBrowserAsync() => _gate.RunAsync(async () =>
    {
        if (_status != ModerationStatus.BrowserLost)
        {
            throw new ModerationException(_status == ModerationStatus.Ended ? "the session has ended" : "the participant's browser is still open");
        }

        await OpenLegAsync(CancellationToken.None);
        Feed("system", "resumed in a new browser");
        _tasks.ShowPanel();
    });

    /// <summary>The console's view of the session now.</summary>
    public Task<ModerationSnapshot> SnapshotAsync() => _gate.ReadAsync(BuildSnapshot);

    private Task OnPanelActionAsync(PanelAction action) =>
        _gate.RunAsync(() => _legs.Current is { } leg ? _tasks.OnPanelActionAsync(action, leg, _status == ModerationStatus.Running) : Task.CompletedTask);

    private void RequireRunning()
    {
        if (_status != ModerationStatus.Running)
        {
            throw new ModerationException(_status == ModerationStatus.BrowserLost ? "the participant's browser is gone: resume with a new browser first" : $"the session is {ModerationWords.Of(_status)}");
        }
    }

    // The participant's browser: one leg (browser + session row) at a time. A lost browser ends its leg and its session
    // row as crashed; everything recorded stays, and the moderator (or a remote participant) resumes with a new leg.
    private async Task OpenLegAsync(CancellationToken cancellationToken)
    {
        await _legs.OpenAsync(_tasks.ParticipantId, cancellationToken);
        _status = ModerationStatus.Running;
        _statusDetail = null;
        if (await _legs.ShowTargetAsync() is { } problem)
        {
            Feed("warn", $"the study's target did not load: {problem}");
        }
    }

    private Task OnLostAsync(ParticipantLeg leg, string reason) => _gate.RunAsync(async () =>
    {
        if (!ReferenceEquals(leg, _legs.Current) || _status != ModerationStatus.Running)
        {
            return;
        }

        _status = ModerationStatus.BrowserLost;
        _statusDetail = reason;
        await _voice.AbandonAsync(); // a new browser is a new session row: the participant turns their microphone on again
        if (_tasks.IsRunning)
        {
            await _tasks.EndRunningAsync(AttemptEndCause.BrowserLost, reason);
        }
        else
        {
            _tasks.ForgetShownTask(); // shown but never started: offered again
        }

        await _journal.EndSessionAsync(leg.SessionId, SessionEnd.Crashed, reason, CancellationToken.None);
        await _journal.FlushAsync();
        Feed("warn", $"participant's browser lost ({reason}); everything recorded so far is saved — resume with a new browser");
    });

    private ModerationSnapshot BuildSnapshot()
    {
        var leg = _legs.Current;
        var now = leg?.Clock.NowMs ?? 0;
        var session = new ModerationSnapshot
        {
            Study = _options.Study.Name,
            Participant = _options.Participant,
            Status = _status,
            StatusDetail = _statusDetail,
            Phase = _tasks.Phase,
            SessionId = leg?.SessionId,
            SessionMs = now,
            WallMs = _options.Time.GetUtcNow().ToUnixTimeMilliseconds(),
            FramesStored = leg?.Screencast.StoredCount ?? 0,
            FrameBytes = leg?.Screencast.StoredBytes ?? 0,
            FrameCapReached = leg?.Screencast.CapReached ?? false,
            AudioClipId = _audio.ClipId,
        };
        return _tasks.Describe(session, now);
    }

    private void OnLiveFrame(CapturedFrame frame) =>
        Updates.Publish(new FrameUpdate(frame.TimeMs, frame.Width, frame.Height, frame.Jpeg));

    private void Feed(string kind, string text, string? detail = null) =>
        Updates.Publish(new FeedUpdate(new FeedItem(_legs.Current?.SessionId ?? 0, _legs.Current?.Clock.NowMs ?? 0, kind, text, detail)));

    /// <summary>Ends the session as interrupted if it is still running, and releases the browser.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (_status != ModerationStatus.Ended && _legs.Current is not null)
        {
            await EndAsync(interrupted: true);
        }
        else
        {
            await _legs.CloseAsync();
        }

        await _gate.DisposeAsync();
        await _feed.DisposeAsync();
        if (_backdrops is not null)
        {
            await _backdrops.DisposeAsync();
        }
    }
}
