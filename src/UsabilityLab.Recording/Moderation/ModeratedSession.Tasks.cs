using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Recording.Moderation;

// The task flow: the moderator shows a task, the participant starts it and says when they are done (or gives up),
// the SEQ follows; after the last task SUS and NPS. The moderator can end a running task by marking it.
public sealed partial class ModeratedSession
{
    private readonly HashSet<string> _attempted = new(StringComparer.Ordinal);
    private readonly List<AttemptState> _attempts = [];
    private readonly IReadOnlyList<QuestionItem> _afterStudy;
    private ModerationPhase _phase = ModerationPhase.Waiting;
    private StudyTask? _shown;
    private ActiveAttempt? _active;
    private AttemptState? _seqFor;
    private int _questionIndex;

    /// <summary>Shows the next task's prompt on the participant's panel (skipping an unanswered SEQ).</summary>
    public Task StartNextTaskAsync() => RunAsync(() =>
    {
        RequireRunning();
        if (_phase is ModerationPhase.Briefing or ModerationPhase.Active)
        {
            throw new ModerationException(_phase == ModerationPhase.Active ? "a task is running: mark it as a success or failure first" : "the participant has not started the shown task yet");
        }

        var next = NextTask() ?? throw new ModerationException("every task has been attempted");
        if (_phase == ModerationPhase.Seq)
        {
            Feed("system", "SEQ skipped");
        }

        _seqFor = null;
        _shown = next;
        _phase = ModerationPhase.Briefing;
        ShowPanel();
        Feed("task", $"task {TaskNumber(next)} shown: {next.Title}");
        return Task.CompletedTask;
    });

    /// <summary>
    /// Overrides an attempt's outcome (the automatic one is kept beside it). Null means the running attempt, which
    /// this ends, else the latest one.
    /// </summary>
    public Task MarkOutcomeAsync(long? attemptId, AttemptOutcome outcome) => RunAsync(async () =>
    {
        if (outcome is not (AttemptOutcome.Success or AttemptOutcome.Failed or AttemptOutcome.Abandoned))
        {
            throw new ModerationException("a moderator marks an attempt as success, failed or abandoned");
        }

        var id = attemptId ?? _active?.Id ?? _attempts.LastOrDefault()?.Record.Id ?? throw new ModerationException("no attempt to mark yet");
        if (_active is { } active && active.Id == id)
        {
            await FinishActiveAsync(AttemptEndCause.ModeratorMarked, outcome, null);
            return;
        }

        var state = _attempts.FirstOrDefault(a => a.Record.Id == id) ?? throw new ModerationException($"attempt {id} is not one of this participant's");
        state.Record = state.Record with
        {
            Outcome = outcome,
            AutomaticOutcome = state.Automatic,
            Reason = $"marked {Name(outcome)} by the moderator; automatic: {state.AutomaticReason}",
        };
        await _journal.FinishAttemptAsync(id, state.Record, CancellationToken.None);
        Feed("task", $"{state.Title}: marked {Name(outcome)} (automatic: {Name(state.Automatic)})");
    });

    /// <summary>Stops the running task's clock (the participant's panel says so).</summary>
    public Task PauseClockAsync() => RunAsync(() =>
    {
        var active = _active ?? throw new ModerationException("no task is running");
        if (active.Timer.Pause(active.Leg.Clock.NowMs))
        {
            ShowPanel();
            Feed("task", "task clock paused");
        }

        return Task.CompletedTask;
    });

    /// <summary>Restarts the running task's clock.</summary>
    public Task ResumeClockAsync() => RunAsync(async () =>
    {
        var active = _active ?? throw new ModerationException("no task is running");
        await EndPauseAsync(active);
        ShowPanel();
    });

    private async Task EndPauseAsync(ActiveAttempt active)
    {
        if (active.Timer.Resume(active.Leg.Clock.NowMs) is { } pause)
        {
            await _moderation.AddPauseAsync(new ClockPause(active.Leg.SessionId, active.Id, pause.StartMs, pause.EndMs), CancellationToken.None);
            Feed("task", $"task clock resumed after {AttemptEnd.Clock(pause.EndMs - pause.StartMs)}");
        }
    }

    private async Task OnPanelActionAsync(PanelAction action)
    {
        await RunAsync(async () =>
        {
            switch (action.Type, _phase)
            {
                case ("start", ModerationPhase.Briefing) when _status == ModerationStatus.Running:
                    await BeginAttemptAsync(_shown!);
                    break;
                case ("done", ModerationPhase.Active):
                    await FinishActiveAsync(AttemptEndCause.ParticipantDone, null, null);
                    break;
                case ("giveup", ModerationPhase.Active):
                    await FinishActiveAsync(AttemptEndCause.ParticipantGaveUp, null, null);
                    break;
                case ("answer", ModerationPhase.Seq or ModerationPhase.Sus or ModerationPhase.Nps) when action.Value is { } value:
                    await AnswerAsync(value);
                    break;
            }
        });
    }

    private async Task BeginAttemptAsync(StudyTask task)
    {
        var leg = _leg!;
        var startMs = leg.Clock.NowMs;
        var id = await _journal.StartAttemptAsync(leg.SessionId, task.Id, startMs, CancellationToken.None);
        leg.Recorder.AttemptId = id;
        leg.Recorder.Dialogs = _options.Study.DialogsFor(task);
        var timer = new TaskTimer(startMs);
        var watch = new CriteriaWatch(leg, task, () => timer.ActiveMs(leg.Clock.NowMs), at => Feed("task", $"success criteria met at {AttemptEnd.Clock(at)}"));
        _active = new ActiveAttempt(id, task, leg, startMs, timer, watch);
        _phase = ModerationPhase.Active;
        ShowPanel();
        Feed("task", $"task {TaskNumber(task)} started: {task.Title}");
        // Not awaited under the gate: a slow page must not hold up the console.
        var start = _options.Study.Resolve(task.Start);
        _ = Task.Run(async () =>
        {
            if (await leg.NavigateAsync(start) is { } problem)
            {
                Feed("warn", $"task start page {start} did not load: {problem}");
            }
        });
    }

    private async Task FinishActiveAsync(AttemptEndCause cause, AttemptOutcome? marked, string? detail)
    {
        var active = _active!;
        _active = null;
        var leg = active.Leg;
        await active.Watch.DisposeAsync();
        await leg.DrainAsync();
        var firstUnmet = cause is AttemptEndCause.BrowserLost or AttemptEndCause.Interrupted ? "browser lost" : await CriteriaWatch.FirstUnmetAsync(leg, active.Task.Success);
        await EndPauseAsync(active);
        var endMs = leg.Clock.NowMs;
        var activeMs = active.Timer.ActiveMs(endMs);
        var automatic = AttemptEnd.Automatic(cause, active.Watch.MetAtActiveMs, firstUnmet, activeMs, active.Task.TimeLimit, detail);
        var measures = AttemptMeasures.From(leg.Recorder.AttemptEvents, _options.Study.Capture.KeepQuery, _options.Study.Resolve(active.Task.Start).ToString());
        leg.Recorder.AttemptId = null;
        var record = measures.Record(active.Id, _options.Participant, active.Task) with
        {
            Outcome = marked ?? automatic.Outcome,
            AutomaticOutcome = marked is null ? null : automatic.Outcome,
            Reason = marked is { } m ? $"marked {Name(m)} by the moderator; automatic: {automatic.Reason}" : automatic.Reason,
            TimeSeconds = activeMs / 1000,
            StartMs = active.StartMs,
            EndMs = endMs,
        };
        await _journal.FinishAttemptAsync(active.Id, record, CancellationToken.None);
        var state = new AttemptState(record, active.Task.Title, automatic.Outcome, automatic.Reason, leg.SessionId);
        _attempts.Add(state);
        if (record.Outcome != AttemptOutcome.Interrupted)
        {
            _attempted.Add(active.Task.Id);
        }

        var asked = _options.Study.Questionnaires.AfterEachTask == "seq" && cause is AttemptEndCause.ParticipantDone or AttemptEndCause.ParticipantGaveUp or AttemptEndCause.ModeratorMarked;
        _seqFor = asked ? state : null;
        _phase = asked ? ModerationPhase.Seq : AfterTasksPhase();
        ShowPanel();
        Feed("task", $"task {TaskNumber(active.Task)} ended: {Name(record.Outcome)} — {record.Reason}");
    }

    private async Task AnswerAsync(int value)
    {
        var question = CurrentQuestion()!;
        if (value < question.Min || value > question.Max)
        {
            return;
        }

        var taskId = _phase == ModerationPhase.Seq ? _seqFor!.Record.TaskId : null;
        await _journal.AddAnswersAsync(_participantId, [new QuestionnaireAnswer(_options.Participant, question.Instrument, taskId, question.Item, value)], CancellationToken.None);
        if (_phase == ModerationPhase.Seq)
        {
            var state = _seqFor!;
            state.Record = state.Record with { Seq = value };
            await _journal.FinishAttemptAsync(state.Record.Id, state.Record, CancellationToken.None);
            _seqFor = null;
            Feed("task", $"SEQ for {state.Title}: {value}");
        }
        else
        {
            _questionIndex++;
            Feed("task", $"{question.Instrument.ToUpperInvariant()} {(question.Count > 1 ? $"item {question.Item} " : "")}answered: {value}");
        }

        _phase = AfterTasksPhase();
        ShowPanel();
    }

    private ModerationPhase AfterTasksPhase() =>
        NextTask() is not null ? ModerationPhase.Between
        : _questionIndex < _afterStudy.Count ? Questionnaire.PhaseOf(_afterStudy[_questionIndex])
        : ModerationPhase.Finished;

    /// <summary>The first task not attempted yet, other than the one shown or running now.</summary>
    private StudyTask? NextTask() => _options.Study.Tasks.FirstOrDefault(t => !_attempted.Contains(t.Id) && t != _shown && t != _active?.Task);

    private QuestionItem? CurrentQuestion() => _phase switch
    {
        ModerationPhase.Seq => Questionnaire.Seq,
        ModerationPhase.Sus or ModerationPhase.Nps => _afterStudy[_questionIndex],
        _ => null,
    };

    private void ShowPanel()
    {
        var task = _phase is ModerationPhase.Briefing or ModerationPhase.Active or ModerationPhase.Seq ? (_active?.Task ?? _shown) : null;
        if (_phase == ModerationPhase.Seq && _seqFor is not null)
        {
            task = _options.Study.Tasks.First(t => t.Id == _seqFor.Record.TaskId);
        }

        _panel.Show(_phase, task is null ? null : new PanelTask(TaskNumber(task), _options.Study.Tasks.Count, task.Title, task.Prompt), _active?.Timer.IsPaused ?? false, CurrentQuestion());
    }

    private void RequireRunning()
    {
        if (_status != ModerationStatus.Running)
        {
            throw new ModerationException(_status == ModerationStatus.BrowserLost ? "the participant's browser is gone: resume with a new browser first" : $"the session is {ModerationWords.Of(_status)}");
        }
    }

    private int TaskNumber(StudyTask task) => _options.Study.Tasks.ToList().IndexOf(task) + 1;

    private static string Name(AttemptOutcome outcome) => outcome.ToString().ToLowerInvariant();

    private sealed class AttemptState(AttemptRecord record, string title, AttemptOutcome automatic, string automaticReason, long sessionId)
    {
        public AttemptRecord Record { get; set; } = record;

        public string Title { get; } = title;

        public AttemptOutcome Automatic { get; } = automatic;

        public string AutomaticReason { get; } = automaticReason;

        public long SessionId { get; } = sessionId;
    }

    private sealed record ActiveAttempt(long Id, StudyTask Task, ParticipantLeg Leg, double StartMs, TaskTimer Timer, CriteriaWatch Watch);
}
