using Microsoft.Playwright;
using UsabilityLab.Browser;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Capture;
using UsabilityLab.Recording.Runner.Hooks;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// One participant's session: an isolated browser context and the tasks in order. A simulated participant answers no
/// questionnaire: a model has no opinion, and SUS, SEQ and NPS come only from people (docs/personas.md).
/// </summary>
internal sealed class ParticipantRunner(Study study, IRunJournal journal, BrowserConfig config, BackdropTaker snapshots, TimeProvider time)
{
    public async Task<IReadOnlyList<AttemptRecord>> RunAsync(LabBrowser browser, PlannedParticipant participant, Action<string?> onTask, CancellationToken cancellationToken)
    {
        var participantId = await journal.EnsureParticipantAsync(participant.Label, participant.Persona.Name, participant.Seed, cancellationToken);
        var finished = await journal.FinishedTasksAsync(participantId, cancellationToken);
        var tasks = study.Tasks.Where(t => !finished.Contains(t.Id)).ToList();
        if (tasks.Count == 0)
        {
            return [];
        }

        // A device brings its own viewport (and user agent, scale factor, touch); the study's viewport is for desktops.
        var device = participant.Device is { } name ? browser.Device(name) : null;
        var viewport = device?.ViewportSize is { } size ? new Core.Studies.ViewportSize(size.Width, size.Height) : study.Viewport ?? config.Viewport;
        var sessionId = await journal.StartSessionAsync(participantId, viewport, participant.Device, cancellationToken);
        var clock = new ParticipantClock(time);
        var recorder = new SessionRecorder(journal, sessionId, clock, study.Capture);
        // Draws come from streams per task and step of the participant's seed: a resumed participant's remaining tasks
        // draw what they would have drawn in one go.
        var behavior = new PersonaBehavior(participant.Persona, participant.Seed) { Touch = device?.HasTouch == true };
        var attempts = new List<AttemptRecord>();
        var end = SessionEnd.Completed;
        string? endReason = null;
        IBrowserContext context;
        try
        {
            context = await browser.NewContextAsync(viewport, device);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // The browser went between being handed out and this participant's first step (a server that stopped): the
            // session ends with nothing in it, and the runner moves the participant on when the browser is gone.
            var reason = browser.Browser.IsConnected ? AttemptFailure.From(ex, null, pageGone: false).Reason : $"browser disconnected ({browser.Name}): {AttemptFailure.FirstLine(ex.Message)}";
            await journal.EndSessionAsync(sessionId, SessionEnd.Crashed, reason, CancellationToken.None);
            return attempts;
        }

        await using var owned = new OwnedContext(context);
        var hooks = new SessionHooks(study, config, time, context, recorder);
        try
        {
            // Before the replay (a resumed participant's data is reset, then made again) and before the recorder is
            // attached: what setup and replay do is not the participant's doing. A failed setup ends the session.
            if (await hooks.SetupAsync(cancellationToken) is { } setupFailed)
            {
                (end, endReason) = (SessionEnd.HookFailed, setupFailed);
                return attempts;
            }

            var earlier = study.Tasks.Where(t => finished.Contains(t.Id)).ToList();
            var restored = await EarlierTasksReplay.RestoreAsync(context, study, earlier, config);
            await recorder.AttachAsync(context);
            var page = await context.NewPageAsync();
            var runner = new TaskAttemptRunner(study, journal, recorder, clock, behavior, config, snapshots, time) { Unrestored = !restored, BrowserName = browser.Name };
            foreach (var task in tasks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!browser.Browser.IsConnected)
                {
                    throw new PlaywrightException("gone before the next task");
                }

                if (page.IsClosed || recorder.PageCrashed)
                {
                    // A crashed tab ends its attempt; the participant carries on in a fresh tab.
                    page = await context.NewPageAsync();
                    recorder.PageCrashed = false;
                }

                onTask(task.Id);
                attempts.Add(await hooks.SetupTaskAsync(cancellationToken) is { } taskSetupFailed
                    ? await SetupFailedAttempt.RecordAsync(journal, recorder, clock, participant.Label, task, taskSetupFailed)
                    : await runner.RunAsync(page, participant.Label, task, cancellationToken));
                if (await hooks.TeardownTaskAsync() is { } taskTeardownFailed)
                {
                    (end, endReason) = (SessionEnd.HookFailed, taskTeardownFailed);
                    return attempts;
                }
            }

            if (!browser.Browser.IsConnected)
            {
                // Lost during the last task: that attempt says so; the session did not complete either.
                throw new PlaywrightException("gone during the last task");
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            end = SessionEnd.Interrupted;
            endReason = "run interrupted";
            throw;
        }
        catch (PlaywrightException ex) when (!browser.Browser.IsConnected)
        {
            end = SessionEnd.Crashed;
            endReason = $"browser disconnected ({browser.Name}): {AttemptFailure.FirstLine(ex.Message)}";
            recorder.Emit(EventKind.Disconnect, null, endReason);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // Attempts catch what their pages do; what the browser does here (the context or a new tab could not be
            // opened) ends this participant's session, with the reason, and the run goes on with the next participant.
            // Anything else (the database failing) is no participant's doing and fails the run.
            end = SessionEnd.Crashed;
            endReason = AttemptFailure.From(ex, null, pageGone: false).Reason;
        }
        finally
        {
            // Also after a failed setup or Ctrl-C; its failure is the session's reason unless it ended for another.
            if (await hooks.TeardownAsync() is { } teardownFailed && end == SessionEnd.Completed)
            {
                (end, endReason) = (SessionEnd.HookFailed, teardownFailed);
            }

            await snapshots.SettledAsync(); // the pages close with the context below
            await journal.EndSessionAsync(sessionId, end, endReason, CancellationToken.None);
            await journal.FlushAsync();
            onTask(null);
        }

        return attempts;
    }
}
