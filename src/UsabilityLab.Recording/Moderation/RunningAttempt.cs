using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Recording.Moderation;

/// <summary>
/// The attempt a moderated participant is working on: its task clock (which the moderator can pause), the watch on
/// its success criteria, and the record it leaves when it ends, with the automatic outcome beside a moderator's mark.
/// </summary>
internal sealed class RunningAttempt
{
    private readonly ModeratedSessionOptions _options;
    private readonly TaskTimer _timer;
    private readonly CriteriaWatch _watch;

    private RunningAttempt(ModeratedSessionOptions options, long id, StudyTask task, ParticipantLeg leg, double startMs, TaskTimer timer, CriteriaWatch watch)
    {
        _options = options;
        Id = id;
        Task = task;
        Leg = leg;
        StartMs = startMs;
        _timer = timer;
        _watch = watch;
    }

    public long Id { get; }

    public StudyTask Task { get; }

    /// <summary>The browser (and session row) the attempt runs in.</summary>
    public ParticipantLeg Leg { get; }

    /// <summary>Where the attempt starts on its session's timeline.</summary>
    public double StartMs { get; }

    public bool IsPaused => _timer.IsPaused;

    /// <summary>Task time so far, without the pauses.</summary>
    public double ActiveMs(double nowMs) => _timer.ActiveMs(nowMs);

    /// <summary>
    /// Starts an attempt at the task now: stored, recorded, its criteria watched (the moment they are met goes to the
    /// console's live feed, <c>feed(kind, text)</c>).
    /// </summary>
    public static async Task<RunningAttempt> BeginAsync(ModeratedSessionOptions options, IRunJournal journal, StudyTask task, ParticipantLeg leg, Action<string, string> feed)
    {
        var startMs = leg.Clock.NowMs;
        var id = await journal.StartAttemptAsync(leg.SessionId, task.Id, startMs, CancellationToken.None);
        leg.Recorder.AttemptId = id;
        leg.Recorder.Dialogs = options.Study.DialogsFor(task);
        var timer = new TaskTimer(startMs);
        var watch = new CriteriaWatch(leg, task, () => timer.ActiveMs(leg.Clock.NowMs), at => feed("task", $"success criteria met at {AttemptEnd.Clock(at)}"));
        return new RunningAttempt(options, id, task, leg, startMs, timer, watch);
    }

    /// <summary>Stops the task clock; false when it was already stopped.</summary>
    public bool Pause() => _timer.Pause(Leg.Clock.NowMs);

    /// <summary>Restarts the task clock; the pause that ended, if it was stopped.</summary>
    public ClockPause? Resume() =>
        _timer.Resume(Leg.Clock.NowMs) is { } pause ? new ClockPause(Leg.SessionId, Id, pause.StartMs, pause.EndMs) : null;

    /// <summary>
    /// Ends the attempt: the recorder's events are drained, the criteria checked one last time (unless the browser is
    /// gone), a pause still running is ended (<c>endPause</c>), and the record is built with the moderator's mark, if
    /// any, over the automatic outcome.
    /// </summary>
    public async Task<(AttemptRecord Record, AttemptOutcome Automatic, string AutomaticReason)> FinishAsync(
        AttemptEndCause cause, AttemptOutcome? marked, string? detail, Func<ClockPause, Task> endPause)
    {
        await _watch.DisposeAsync();
        await Leg.DrainAsync();
        var firstUnmet = cause is AttemptEndCause.BrowserLost or AttemptEndCause.Interrupted ? "browser lost" : await CriteriaWatch.FirstUnmetAsync(Leg, Task.Success);
        if (Resume() is { } pause)
        {
            await endPause(pause);
        }

        var endMs = Leg.Clock.NowMs;
        var activeMs = _timer.ActiveMs(endMs);
        var automatic = AttemptEnd.Automatic(cause, _watch.MetAtActiveMs, firstUnmet, activeMs, Task.TimeLimit, detail);
        var study = _options.Study;
        var measures = AttemptMeasures.From(Leg.Recorder.AttemptEvents, study.Capture.KeepQuery, study.Resolve(Task.Start).ToString());
        Leg.Recorder.AttemptId = null;
        var record = measures.Record(Id, _options.Participant, Task) with
        {
            Outcome = marked ?? automatic.Outcome,
            AutomaticOutcome = marked is null ? null : automatic.Outcome,
            Reason = marked is { } m ? $"marked {m.ToString().ToLowerInvariant()} by the moderator; automatic: {automatic.Reason}" : automatic.Reason,
            TimeSeconds = activeMs / 1000,
            StartMs = StartMs,
            EndMs = endMs,
        };
        return (record, automatic.Outcome, automatic.Reason);
    }
}
