using Microsoft.Playwright;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Recording.Moderation;

// The participant's browser: one leg (browser + session row) at a time. A lost browser ends its leg and its session
// row as crashed; everything recorded stays, and the moderator resumes with a new leg.
public sealed partial class ModeratedSession
{
    /// <summary>Continues after the participant's browser was lost: a new browser, a new session row, same tasks.</summary>
    public async Task ResumeWithNewBrowserAsync()
    {
        await RunAsync(async () =>
        {
            if (_status != ModerationStatus.BrowserLost)
            {
                throw new ModerationException(_status == ModerationStatus.Ended ? "the session has ended" : "the participant's browser is still open");
            }

            await OpenLegAsync(CancellationToken.None);
            Feed("system", "resumed in a new browser");
            ShowPanel();
        });
    }

    private async Task OpenLegAsync(CancellationToken cancellationToken)
    {
        var viewport = _options.Study.Viewport ?? _options.Browser.Viewport;
        var sessionId = await _journal.StartSessionAsync(_participantId, viewport, null, cancellationToken);
        ParticipantLeg leg;
        try
        {
            leg = await ParticipantLeg.OpenAsync(_options, _journal, _moderation, sessionId, _panel, OnLiveFrame);
        }
        catch (Exception ex) when (ex is PlaywrightException or EnvironmentProblemException)
        {
            await _journal.EndSessionAsync(sessionId, SessionEnd.Crashed, $"browser failed to start: {ex.Message.Split('\n', 2)[0]}", CancellationToken.None);
            throw;
        }

        var old = _leg;
        _leg = leg;
        _status = ModerationStatus.Running;
        _statusDetail = null;
        _feed.Attach(leg.Recorder);
        leg.Lost += (lost, reason) => _ = OnLostAsync(lost, reason);
        if (_backdrops is not null)
        {
            leg.Recorder.Recorded += e => _backdrops.Offer(e);
        }

        if (old is not null)
        {
            await old.DisposeAsync();
        }

        if (await leg.NavigateAsync(_options.Study.Target) is { } problem)
        {
            Feed("warn", $"the study's target did not load: {problem}");
        }
    }

    private async Task OnLostAsync(ParticipantLeg leg, string reason)
    {
        await RunAsync(async () =>
        {
            if (!ReferenceEquals(leg, _leg) || _status != ModerationStatus.Running)
            {
                return;
            }

            _status = ModerationStatus.BrowserLost;
            _statusDetail = reason;
            if (_active is not null)
            {
                await FinishActiveAsync(AttemptEndCause.BrowserLost, null, reason);
            }
            else if (_phase == ModerationPhase.Briefing)
            {
                _shown = null; // shown but never started: offered again
                _phase = AfterTasksPhase();
            }

            await _journal.EndSessionAsync(leg.SessionId, SessionEnd.Crashed, reason, CancellationToken.None);
            await _journal.FlushAsync();
            Feed("warn", $"participant's browser lost ({reason}); everything recorded so far is saved — resume with a new browser");
        });
    }

    private async Task CloseLegAsync()
    {
        if (_leg is { } leg)
        {
            await leg.DisposeAsync();
        }
    }
}
