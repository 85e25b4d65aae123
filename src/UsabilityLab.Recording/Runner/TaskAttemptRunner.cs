using Microsoft.Playwright;
using UsabilityLab.Browser;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Capture;

namespace UsabilityLab.Recording.Runner;

/// <summary>Runs one participant's attempt at one task and stores how it ended, with the reason.</summary>
internal sealed class TaskAttemptRunner(
    Study study,
    IRunJournal journal,
    SessionRecorder recorder,
    ParticipantClock clock,
    PersonaBehavior behavior,
    BrowserConfig config,
    BackdropTaker snapshots,
    TimeProvider time)
{
    /// <summary>The browser's name for reasons (<see cref="LabBrowser.Name"/>): which one was lost.</summary>
    public string BrowserName { get; init; } = "Chromium";

    /// <summary>Attempts of a resumed participant whose earlier tasks could not be replayed (<see cref="EarlierTasksReplay"/>).</summary>
    public bool Unrestored { get; init; }

    public async Task<AttemptRecord> RunAsync(IPage page, string participant, StudyTask task, CancellationToken cancellationToken)
    {
        var startMs = clock.NowMs;
        var attemptId = await journal.StartAttemptAsync(recorder.SessionId, task.Id, startMs, cancellationToken);
        recorder.AttemptId = attemptId;
        recorder.Dialogs = study.DialogsFor(task);
        using var effects = new PageEffects(page, time);
        using var quiet = new PageQuiet(page, time);
        using var guard = new AttemptGuard(page, effects, task.TimeLimit, time);
        (AttemptOutcome Outcome, string Reason) end;
        Exception? failure = null;
        try
        {
            end = await AttemptAsync(page, effects, quiet, task, startMs, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await FinishAsync(page, attemptId, participant, task, startMs, (AttemptOutcome.Interrupted, "run interrupted"));
            throw;
        }
        catch (Exception ex)
        {
            // Whatever the page or the browser did ends this attempt, with the reason; the run goes on.
            failure = ex;
            end = AttemptFailure.From(ex, guard.Trouble, recorder.PageCrashed || page.IsClosed);
        }

        // A page the guard ended decides the outcome, also when the steps ran on (a wait that timed out quietly); the
        // attempt ends once that page is gone, so the next task opens a fresh one. A lost browser decides before that:
        // a step that met a closed connection may have taken it for a missing selector or a page that went quiet.
        var failed = failure is not null || end.Outcome != AttemptOutcome.Success || guard.Trouble is not null;
        end = failed && await BrowserLoss.CheckAsync(page, time) ? AttemptFailure.BrowserLost(BrowserName, failure)
            : guard.Trouble is { } trouble ? (AttemptOutcome.Failed, trouble)
            : end;
        await guard.EndedAsync();

        return await FinishAsync(page, attemptId, participant, task, startMs, end);
    }

    private async Task<(AttemptOutcome, string)> AttemptAsync(IPage page, PageEffects effects, PageQuiet quiet, StudyTask task, double startMs, CancellationToken cancellationToken)
    {
        snapshots.Prepare(page);
        if (!FreshStart.Continues(task, page) && await OpenStartAsync(page, task) is { } unreachable)
        {
            return unreachable;
        }

        await snapshots.CaptureIfNewAsync(page);
        ThrowIfCrashed();
        var taskNumber = study.Tasks.ToList().IndexOf(task);
        behavior.DrawFor(taskNumber, -1);
        clock.Advance(behavior.ReadingMs(task.Prompt));
        var steps = new StepExecutor(page, study, task, behavior, clock, config, effects) { Views = snapshots };
        for (var i = 0; i < task.Steps.Count; i++)
        {
            var step = task.Steps[i];
            cancellationToken.ThrowIfCancellationRequested();
            if (OverLimit(task, startMs) is { } limitEnd)
            {
                return limitEnd;
            }

            behavior.DrawFor(taskNumber, i);
            var result = await steps.ExecuteAsync(step);
            if (result.Status == StepStatus.SelectorMissing && !behavior.IsExact
                && await StrayClickRecovery.RetraceAsync(page, steps, task.Steps, i) is { } retraced)
            {
                result = retraced;
            }

            ThrowIfCrashed();
            switch (result.Status)
            {
                case StepStatus.GaveUp:
                    return (AttemptOutcome.Abandoned, result.Reason!);
                case StepStatus.SelectorMissing:
                    return (AttemptOutcome.Error, result.Reason!);
                case StepStatus.ExpectationNotMet or StepStatus.PageUnsettled:
                    return (AttemptOutcome.Failed, result.Reason!);
            }

            // A new page's picture waits for the page's load (so that its images are in it). Whether the task is done
            // is asked meanwhile: neither changes the page, and both wait for the same new document.
            var picture = snapshots.CaptureIfNewAsync(page);
            // After the last step the check below looks (once the page has loaded); looking here as well would ask the page twice.
            var last = i == task.Steps.Count - 1;
            var met = !last && step is not (WaitStep or ExpectStep or FillStep) ? MetEarlyAsync(page, task) : null;
            await picture;
            ThrowIfCrashed();
            if (met is not null)
            {
                // The view the next click lands in is asked once the page's first picture is decided (it says which
                // view that picture shows), while the question above may still be on its way.
                await steps.AskViewAheadAsync(task.Steps[i + 1]);
                if (await met)
                {
                    return WithinLimit(task, startMs, (AttemptOutcome.Success, "all success criteria met"));
                }
            }
        }

        if (behavior.IsExact)
        {
            // The verdict must not depend on how far a page the last step opened has got: it is looked at once loaded.
            // (Simulated people waited for the load of every navigation they started already.)
            var waiting = time.GetTimestamp();
            await PageLoad.WaitAsync(page, config.NavigationTimeoutMs, time);
            RunnerMetrics.RecordSettle(time, waiting);
        }

        var checking = time.GetTimestamp();
        var unmet = await SuccessCriteria.FirstUnmetAsync(page, task.Success);
        if (unmet is not null && SettleBudget(task, startMs) is { TotalMilliseconds: > 0 } budget)
        {
            // A single-page app renders what the last step asked for after the step returns: judge it once it has settled.
            await quiet.SettleAsync(budget);
            unmet = await SuccessCriteria.FirstUnmetAsync(page, task.Success);
        }

        RunnerMetrics.RecordSuccessCheck(time, checking);

        return unmet is null
            ? WithinLimit(task, startMs, (AttemptOutcome.Success, "all success criteria met"))
            : (AttemptOutcome.Failed, $"steps exhausted without success: {unmet} not met");
    }

    /// <summary>
    /// Opens the task's start page: waits for the server's answer (a site that never answers fails the attempt), then
    /// for the page's load, which a page that keeps loading (or a redirect loop, which the guard ends) never gets to.
    /// </summary>
    private async Task<(AttemptOutcome, string)?> OpenStartAsync(IPage page, StudyTask task)
    {
        var url = study.Resolve(task.Start).ToString();
        try
        {
            await FreshStart.LeaveSameDocumentAsync(page, url, config.NavigationTimeoutMs);
            await GotoAsync(page, url);
        }
        catch (TimeoutException)
        {
            return (AttemptOutcome.Failed, $"the site did not answer within {config.NavigationTimeoutMs / 1000} s ({url})");
        }
        catch (PlaywrightException ex) when (ex.Message.Contains("ERR_TOO_MANY_REDIRECTS", StringComparison.Ordinal))
        {
            return (AttemptOutcome.Failed, $"the site redirects in a loop ({url})");
        }
        catch (PlaywrightException ex) when (!recorder.PageCrashed && !page.IsClosed && !AttemptFailure.IsTargetGone(ex) && !BrowserLoss.IsLost(page))
        {
            return (AttemptOutcome.Error, $"target unreachable: {AttemptFailure.FirstLine(ex.Message)}");
        }

        await PageLoad.WaitAsync(page, config.NavigationTimeoutMs, time);
        return null;
    }

    /// <summary>How often a task's start is tried when navigations cut it short (seen: 5 were not enough on a loaded machine).</summary>
    private const int MaxGotoTries = 8;

    /// <summary>Navigates, again when the page's own navigation (a timer on the page left behind) cut the first try short.</summary>
    private async Task GotoAsync(IPage page, string url)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Commit, Timeout = config.NavigationTimeoutMs });
                return;
            }
            catch (PlaywrightException ex) when (tries < MaxGotoTries && ex.Message.Contains("interrupted by another navigation", StringComparison.Ordinal))
            {
                // The guard counts such navigations: a page that keeps doing it is closed as a redirect loop. A blank
                // page in between ends what the page left behind (a busy machine lets its loop fire more than once, and
                // a blank that the loop cut short can itself cut the next try short).
                if (tries >= 2)
                {
                    await BlankAsync(page);
                }
            }
        }
    }

    private async Task BlankAsync(IPage page)
    {
        try
        {
            await page.GotoAsync("about:blank", new() { WaitUntil = WaitUntilState.Commit, Timeout = config.NavigationTimeoutMs });
        }
        catch (PlaywrightException)
        {
            // Interrupted as well: the next try says how it went.
        }
    }

    /// <summary>Whether the task is done before its last step (people stop once they see they are).</summary>
    private async Task<bool> MetEarlyAsync(IPage page, StudyTask task)
    {
        var checking = time.GetTimestamp();
        var met = await SuccessCriteria.AllHoldAsync(page, task.Success);
        RunnerMetrics.RecordSuccessCheck(time, checking);
        return met;
    }

    /// <summary>How long the last check may wait for the page to settle: what is left of the time limit, at most <see cref="SettleCap"/>.</summary>
    private TimeSpan SettleBudget(StudyTask task, double startMs) =>
        TimeSpan.FromMilliseconds(Math.Min(SettleCap.TotalMilliseconds, task.TimeLimit.TotalMilliseconds - (clock.NowMs - startMs)));

    /// <summary>The longest the last check waits for a page to settle (one that never does: a ticker, a long poll).</summary>
    private static readonly TimeSpan SettleCap = TimeSpan.FromSeconds(15);

    private (AttemptOutcome, string)? OverLimit(StudyTask task, double startMs)
    {
        var used = clock.NowMs - startMs;
        if (used > task.TimeLimit.TotalMilliseconds)
        {
            return (AttemptOutcome.Failed, $"time limit of {task.TimeLimit.TotalSeconds:0} s reached");
        }

        if (used > behavior.Persona.TimeBudgetShare * task.TimeLimit.TotalMilliseconds)
        {
            return (AttemptOutcome.Abandoned, $"gave up after {used / 1000:0} s (persona time budget)");
        }

        return null;
    }

    private (AttemptOutcome, string) WithinLimit(StudyTask task, double startMs, (AttemptOutcome, string) success) =>
        clock.NowMs - startMs > task.TimeLimit.TotalMilliseconds
            ? (AttemptOutcome.Failed, $"succeeded only after the time limit of {task.TimeLimit.TotalSeconds:0} s")
            : success;

    /// <summary>Stores how the attempt ended. Not cancellable: an attempt that ended is stored as it ended, also when
    /// Ctrl-C came during its last step (the run stops before the next one).</summary>
    private async Task<AttemptRecord> FinishAsync(IPage page, long attemptId, string participant, StudyTask task, double startMs, (AttemptOutcome Outcome, string Reason) end)
    {
        await recorder.DrainAllAsync(page.Context);
        recorder.ReportLoss();
        // The next task starts on another page at once: a page first seen at the end of this one (an order's
        // confirmation) is saved before that, or it would never get a backdrop. Only new pages are ever pending.
        await snapshots.SettledAsync();
        var measures = AttemptMeasures.From(recorder.AttemptEvents, study.Capture.KeepQuery, study.Resolve(task.Start).ToString());
        var endMs = clock.NowMs;
        var record = measures.Record(attemptId, participant, task) with
        {
            Outcome = end.Outcome,
            Reason = end.Reason,
            TimeSeconds = (endMs - startMs) / 1000,
            StartMs = startMs,
            EndMs = endMs,
            Unrestored = Unrestored,
        };
        recorder.AttemptId = null;
        await journal.FinishAttemptAsync(attemptId, record, CancellationToken.None);
        return record;
    }

    private void ThrowIfCrashed()
    {
        if (recorder.PageCrashed)
        {
            throw new PlaywrightException("Target crashed");
        }
    }
}
