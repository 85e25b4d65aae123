using Microsoft.Playwright;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Browser;
using UsabilityLab.Recording.Capture;

namespace UsabilityLab.Recording.Runner;

/// <summary>One participant's session: an isolated browser context, the tasks in order, then questionnaires.</summary>
internal sealed class ParticipantRunner(Study study, IRunJournal journal, BrowserConfig config, SnapshotTaker snapshots, TimeProvider time)
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
        var clock = new ParticipantClock();
        var recorder = new SessionRecorder(journal, sessionId, clock, study.Capture);
        // The RNG is seeded per participant and advanced past finished tasks' draws only by re-running nothing:
        // a resumed participant continues with fresh, still deterministic, draws.
        var behavior = new PersonaBehavior(participant.Persona, new Random(participant.Seed + finished.Count)) { Touch = device?.HasTouch == true };
        var attempts = new List<AttemptRecord>();
        var end = SessionEnd.Completed;
        string? endReason = null;
        await using var context = await browser.NewContextAsync(viewport, device);
        try
        {
            // Before the recorder is attached: what the replay does is not the participant's doing.
            var earlier = study.Tasks.Where(t => finished.Contains(t.Id)).ToList();
            var restored = await EarlierTasksReplay.RestoreAsync(context, study, earlier, config);
            await recorder.AttachAsync(context);
            var page = await context.NewPageAsync();
            var runner = new TaskAttemptRunner(study, journal, recorder, clock, behavior, config, snapshots, time) { Unrestored = !restored };
            foreach (var task in tasks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!browser.Browser.IsConnected)
                {
                    throw new PlaywrightException("Browser disconnected");
                }

                if (page.IsClosed || recorder.PageCrashed)
                {
                    // A crashed tab ends its attempt; the participant carries on in a fresh tab.
                    page = await context.NewPageAsync();
                    recorder.PageCrashed = false;
                }

                onTask(task.Id);
                attempts.Add(await runner.RunAsync(page, participant.Label, task, cancellationToken));
            }

            await AnswerQuestionnairesAsync(participantId, attempts, behavior);
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
            endReason = $"browser disconnected: {AttemptFailure.FirstLine(ex.Message)}";
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
            await snapshots.SettledAsync(); // the pages close with the context below
            await journal.EndSessionAsync(sessionId, end, endReason, CancellationToken.None);
            await journal.FlushAsync();
            onTask(null);
        }

        return attempts;
    }

    private async Task AnswerQuestionnairesAsync(long participantId, List<AttemptRecord> attempts, PersonaBehavior behavior)
    {
        var answers = attempts.Where(a => a.Seq is not null).Select(a => new QuestionnaireAnswer(a.Participant, "seq", a.TaskId, 1, a.Seq!.Value)).ToList();
        var successShare = attempts.Count == 0 ? 0 : attempts.Count(a => a.Outcome == AttemptOutcome.Success) / (double)attempts.Count;
        var label = attempts.FirstOrDefault()?.Participant ?? "";
        if (study.Questionnaires.AfterStudy.Contains("sus"))
        {
            answers.AddRange(SimulatedAnswers.Sus(successShare, behavior).Select((value, i) => new QuestionnaireAnswer(label, "sus", null, i + 1, value)));
        }

        if (study.Questionnaires.AfterStudy.Contains("nps"))
        {
            answers.Add(new QuestionnaireAnswer(label, "nps", null, 1, SimulatedAnswers.Nps(successShare, behavior)));
        }

        if (answers.Count > 0)
        {
            await journal.AddAnswersAsync(participantId, answers, CancellationToken.None); // the tasks are done: keep their answers
        }
    }
}
