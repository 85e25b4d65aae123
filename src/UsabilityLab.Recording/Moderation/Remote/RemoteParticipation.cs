using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Moderation.Frames;

namespace UsabilityLab.Recording.Moderation.Remote;

/// <summary>
/// The remote participant's side of a moderated session, for the participant page: consent (the session starts only
/// when it is given; a refusal ends it with nothing stored), the task panel's protocol (the same as the in-page
/// panel's, so the participant page runs the same panel script outside the stream), every screen frame as it arrives,
/// checked input into the streamed browser, and the stream's quality.
/// </summary>
public sealed class RemoteParticipation
{
    private readonly ModeratedSession _session;
    private readonly PanelChannel _panel;
    private readonly SemaphoreSlim _consent = new(1, 1);
    private ConsentState _state = ConsentState.Pending;
    private FrameUpdate? _last;
    private long _lastRefusalReportMs = long.MinValue;

    internal RemoteParticipation(ModeratedSession session, PanelChannel panel, string studyName, ViewportSize viewport, FrameCaps caps)
    {
        StudyName = studyName;
        _session = session;
        _panel = panel;
        Viewport = viewport;
        Qualities = StreamQuality.Ladder(caps);
        Microphone = new ParticipantMicrophone(session, () => _state);
    }

    /// <summary>The participant's own microphone (think-aloud), once they consented.</summary>
    public ParticipantMicrophone Microphone { get; }

    /// <summary>The study's name, which the consent screen shows.</summary>
    public string StudyName { get; }

    /// <summary>
    /// The streamed page's size in CSS pixels, which input coordinates are checked against: the study's viewport, or,
    /// once the browser runs, the participant's device's (<see cref="ModeratedSessionOptions.Device"/>).
    /// </summary>
    public ViewportSize Viewport { get; private set; }

    /// <summary>The quality steps of the stream, best first (<see cref="StreamQuality.Ladder"/>).</summary>
    public IReadOnlyList<StreamQuality> Qualities { get; }

    /// <summary>Where the participant is with the consent screen.</summary>
    public ConsentState Consent => _state;

    /// <summary>The task panel's script (<c>panel.js</c>), which the participant page runs over its own binding.</summary>
    public static string PanelScript => PanelChannel.Code;

    /// <summary>The last frame painted, for a participant page that connects (or reconnects) to a page that is not repainting.</summary>
    public FrameUpdate? LastFrame => Volatile.Read(ref _last);

    /// <summary>Every screen frame as Chromium paints it (the participant page shows each; the console gets fewer).</summary>
    public event Action<FrameUpdate>? Frame;

    /// <summary>The participant agreed: starts the session (browser, recording). A second call does nothing.</summary>
    /// <exception cref="ModerationException">The participant refused before, or the session has ended.</exception>
    public async Task GiveConsentAsync(CancellationToken cancellationToken = default)
    {
        await _consent.WaitAsync(cancellationToken);
        try
        {
            switch (_state)
            {
                case ConsentState.Given:
                    return;
                case ConsentState.Refused:
                    throw new ModerationException("the participant refused consent; the session has ended");
            }

            await _session.StartAsync(cancellationToken);
            _state = ConsentState.Given;
        }
        finally
        {
            _consent.Release();
        }
    }

    /// <summary>The participant refused: the session ends, and nothing was stored for them (no browser ever ran).</summary>
    /// <exception cref="ModerationException">Consent was already given (the session is recording; end it instead).</exception>
    public async Task RefuseConsentAsync()
    {
        await _consent.WaitAsync();
        try
        {
            if (_state == ConsentState.Given)
            {
                throw new ModerationException("consent was given and the session is recording; the moderator ends it");
            }

            if (_state == ConsentState.Pending)
            {
                _state = ConsentState.Refused;
                await _session.EndWithoutConsentAsync();
            }
        }
        finally
        {
            _consent.Release();
        }
    }

    /// <summary>One call of the panel protocol (<c>{"type":"wait"|"start"|"done"|"giveup"|"answer",…}</c>); returns the view as JSON.</summary>
    /// <exception cref="ModerationException">Consent has not been given: no task may start before it.</exception>
    public Task<string> PanelCallAsync(string json)
    {
        if (_state != ConsentState.Given)
        {
            throw new ModerationException("the task panel opens after consent");
        }

        return _panel.CallAsync(json);
    }

    /// <summary>Reads, checks and dispatches one input message; null when it reached the page, else why not.</summary>
    public async Task<string?> SendInputAsync(string json)
    {
        if (ParticipantInputReader.Read(json, Viewport, out var refusal) is not { } input)
        {
            ReportRefusal(refusal!);
            return refusal;
        }

        return _session.Leg is { IsLost: false } leg ? await leg.Input.DispatchAsync(input) : "the participant's browser is not running";
    }

    /// <summary>Whether the lab's browser runs (<c>browser-lost</c>: it crashed or closed) and its tabs.</summary>
    public RemoteBrowserState Browser() =>
        new(_session.Status, _session.Status == ModerationStatus.Running && _session.Leg is { IsLost: false } leg ? leg.Tabs : []);

    /// <summary>Shows tab <paramref name="id"/> in the stream (input goes to it too); false when there is no such tab.</summary>
    public Task<bool> ShowTabAsync(int id) =>
        _session.Leg is { IsLost: false } leg ? leg.ShowTabAsync(id) : Task.FromResult(false);

    /// <summary>Closes tab <paramref name="id"/>, a popup (the first tab holds the study and stays); false when it cannot.</summary>
    public Task<bool> CloseTabAsync(int id) =>
        _session.Leg is { IsLost: false } leg ? leg.CloseTabAsync(id) : Task.FromResult(false);

    /// <summary>
    /// The participant continues after the lab's browser crashed or closed: a new browser on the study's target and a
    /// new session row (<see cref="ModeratedSession.ResumeWithNewBrowserAsync"/>); the stream shows it as it paints.
    /// </summary>
    /// <exception cref="ModerationException">The browser is not lost (the moderator resumed already) or the session ended.</exception>
    public Task ContinueAsync()
    {
        if (_state != ConsentState.Given)
        {
            throw new ModerationException("the session starts after consent");
        }

        return _session.ResumeWithNewBrowserAsync();
    }

    /// <summary>The page of a new browser has this size (a device's, or the study's viewport).</summary>
    internal void UseViewport(ViewportSize viewport) => Viewport = viewport;

    /// <summary>Changes the screencast's quality (the moderator's view and the stored frames follow it).</summary>
    public Task SetQualityAsync(StreamQuality quality) =>
        _session.Leg is { IsLost: false } leg ? leg.Screencast.SetQualityAsync(quality) : Task.CompletedTask;

    internal void OnFrame(CapturedFrame frame)
    {
        var update = new FrameUpdate(frame.TimeMs, frame.Width, frame.Height, frame.Jpeg);
        Volatile.Write(ref _last, update);
        Frame?.Invoke(update);
    }

    /// <summary>Tells the moderator's feed about refused input, at most once a second (a broken or hostile page may send thousands).</summary>
    private void ReportRefusal(string reason)
    {
        var now = _session.Time.GetUtcNow().ToUnixTimeMilliseconds();
        var last = Interlocked.Read(ref _lastRefusalReportMs);
        if (now - last >= 1000 && Interlocked.CompareExchange(ref _lastRefusalReportMs, now, last) == last)
        {
            _session.Report("warn", "participant input refused", reason);
        }
    }
}
