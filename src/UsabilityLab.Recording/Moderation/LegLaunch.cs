using Microsoft.Playwright;
using UsabilityLab.Browser;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Recording.Capture;
using UsabilityLab.Recording.Moderation.Frames;
using UsabilityLab.Recording.Moderation.Remote;

namespace UsabilityLab.Recording.Moderation;

/// <summary>
/// Opens a <see cref="ParticipantLeg"/>: the participant's browser, their device if they have one, the session row,
/// and the context with the recorder, the panel (at the lab) or the confinement (remote), and the screencast.
/// </summary>
internal static class LegLaunch
{
    /// <summary>
    /// Opens the participant's browser and starts a session row for them (with the participant's device, if any); a
    /// browser that fails to start ends the row as crashed.
    /// </summary>
    public static async Task<ParticipantLeg> StartAsync(
        ModeratedSessionOptions options, IRunJournal journal, IModerationJournal moderation, long participantId, PanelChannel panel, Action<CapturedFrame> onLiveFrame, Action<CapturedFrame>? onEveryFrame, CancellationToken cancellationToken)
    {
        var study = options.Study;
        LabBrowser browser;
        BrowserLease? lease = null;
        try
        {
            if (options.Browsers is { } servers)
            {
                lease = await servers.AcquireAsync(cancellationToken);
                browser = lease.Browser;
            }
            else
            {
                browser = await LabBrowser.LaunchAsync(options.Browser, options.Headless || options.Remote, options.ExtraBrowserArgs);
            }
        }
        catch (Exception ex) when (ex is PlaywrightException or EnvironmentProblemException)
        {
            var failed = await journal.StartSessionAsync(participantId, study.Viewport ?? options.Browser.Viewport, options.Device, cancellationToken);
            await journal.EndSessionAsync(failed, SessionEnd.Crashed, $"browser failed to start: {ex.Message.Split('\n', 2)[0]}", CancellationToken.None);
            throw;
        }

        try
        {
            // A device brings its own viewport, scale factor, user agent and touch screen (Playwright's descriptor).
            var device = options.Device is { } name ? browser.Device(name) : null;
            var viewport = device?.ViewportSize is { } size ? new Core.Studies.ViewportSize(size.Width, size.Height) : study.Viewport ?? options.Browser.Viewport;
            var sessionId = await journal.StartSessionAsync(participantId, viewport, options.Device, cancellationToken);
            try
            {
                return await OpenAsync(options, browser, lease, device, viewport, journal, moderation, sessionId, panel, onLiveFrame, onEveryFrame);
            }
            catch (Exception ex) when (ex is PlaywrightException or EnvironmentProblemException)
            {
                await journal.EndSessionAsync(sessionId, SessionEnd.Crashed, $"browser failed to start: {ex.Message.Split('\n', 2)[0]}", CancellationToken.None);
                throw;
            }
        }
        catch
        {
            // A server's browser is shared: only this participant's place is given back (its context closed in OpenAsync).
            await (lease is null ? browser.DisposeAsync() : lease.DisposeAsync());
            throw;
        }
    }

    private static async Task<ParticipantLeg> OpenAsync(
        ModeratedSessionOptions options, LabBrowser browser, BrowserLease? lease, BrowserNewContextOptions? device, Core.Studies.ViewportSize viewport, IRunJournal journal, IModerationJournal moderation, long sessionId, PanelChannel panel, Action<CapturedFrame> onLiveFrame, Action<CapturedFrame>? onEveryFrame)
    {
        var study = options.Study;
        var context = await browser.NewContextAsync(viewport, options.Remote ? BrowserConfinement.ContextOptions(device) : device);
        try
        {
            return await WatchAsync(options, browser, lease, context, viewport, journal, moderation, sessionId, panel, onLiveFrame, onEveryFrame);
        }
        catch when (lease is not null)
        {
            await context.CloseAsync(); // on a shared browser the context outlives a failed start unless closed
            throw;
        }
    }

    private static async Task<ParticipantLeg> WatchAsync(
        ModeratedSessionOptions options, LabBrowser browser, BrowserLease? lease, IBrowserContext context, Core.Studies.ViewportSize viewport, IRunJournal journal, IModerationJournal moderation, long sessionId, PanelChannel panel, Action<CapturedFrame> onLiveFrame, Action<CapturedFrame>? onEveryFrame)
    {
        var study = options.Study;
        var clock = new ParticipantClock(options.Time);
        var recorder = new SessionRecorder(journal, sessionId, clock, study.Capture);
        await recorder.AttachAsync(context);
        if (options.Remote)
        {
            // Blocks are recorded as failed requests with the reason, so they reach the feed and the report.
            await BrowserConfinement.ApplyAsync(context, new ConfinementPolicy(study.Target, study.Origins), study.Target, (url, reason) => recorder.Emit(EventKind.RequestFailed, url, reason));
        }
        else
        {
            await panel.AttachAsync(context);
        }

        var screencast = new ScreencastCapture(context, clock, sessionId, options.Frames, moderation, onLiveFrame, onEveryFrame);
        var leg = new ParticipantLeg(browser, context, sessionId, clock, recorder, screencast, study.Capture, options.Remote, viewport) { Lease = lease };
        context.Page += (_, page) => leg.Track(page);
        browser.Browser.Disconnected += leg.OnDisconnected;
        var first = await context.NewPageAsync();
        leg.Track(first);
        // The screencast must be running before the first navigation: started while the blank page is swapped for
        // the target's renderer, it can end up on the discarded one and no frame ever arrives.
        await screencast.FollowAsync(first);
        return leg;
    }

}
