using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Recording.Moderation;

/// <summary>
/// The task flow of a moderated session: the moderator shows a task, the participant starts it and says when they are
/// done (or gives up), the SEQ follows; after the last task SUS and NPS. The moderator can end a running task by
/// marking it, override an outcome afterwards, and pause the task clock. What the participant sees follows the phase
/// (<see cref="PanelChannel"/>).
/// </summary>
/// <remarks>Not thread-safe: <see cref="ModeratedSession"/> calls it only under its gate.</remarks>
internal sealed class TaskFlow
{
    private readonly ModeratedSessionOptions _options;
    private readonly IRunJournal _journal;
    private readonly IModerationJournal _moderation;
    private readonly PanelChannel _panel;
    private readonly Action<string, string> _feed;
    private readonly HashSet<string> _attempted = new(StringComparer.Ordinal);
    private readonly List<AttemptState> _attempts = [];
    private readonly IReadOnlyList<QuestionItem> _afterStudy;
    private StudyTask? _shown;
    private RunningAttempt? _active;
    private AttemptState? _seqFor;
    private int _questionIndex;

    /// <summary>A flow that tells the console's live feed what happens through <c>feed(kind, text)</c>.</summary>
    public TaskFlow(ModeratedSessionOptions options, IRunJournal journal, IModerationJournal moderation, PanelChannel panel, Action<string, string> feed)
    {
        _options = options;
        _journal = journal;
        _moderation = moderation;
        _panel = panel;
        _feed = feed;
        _afterStudy = Questionnaire.AfterStudy(options.Study.Questionnaires.AfterStudy);
    }

    /// <summary>The participant's database id, once the session has added them to the run.</summary>
    public long ParticipantId { get; private set; }

    /// <summary>Where the participant is in the study.</summary>
    public ModerationPhase Phase { get; private set; } = ModerationPhase.Waiting;

    /// <summary>True while a task's attempt is running.</summary>
    public bool IsRunning => _active is not null;

    /// <summary>How many tasks are not attempted yet (an interrupted attempt does not count as attempted).</summary>
    public int NotAttempted => _options.Study.Tasks.Count(t => !_attempted.Contains(t.Id));

    /// <summary>Takes the participant in: the tasks they finished in earlier sessions of this run are done.</summary>
    /// <returns>How many tasks they finished before.</returns>
    public async Task<int> TakeInAsync(long participantId, CancellationToken cancellationToken)
    {
        ParticipantId = participantId;
        _attempted.UnionWith(await _journal.FinishedTasksAsync(participantId, cancellationToken));
        return _attempted.Count;
    }

    /// <summary>True when a task is left to show.</summary>
    public bool HasNextTask => NextTask() is not null;

    /// <summary>Shows the next task's prompt on the participant's panel (skipping an unanswered SEQ).</summary>
    public void ShowNextTask()
    {
        if (Phase is ModerationPhase.Briefing or ModerationPhase.Active)
        {
            throw new ModerationException(Phase == ModerationPhase.Active ? "a task is running: mark it as a success or failure first" : "the participant has not started the shown task yet");
        }

        var next = NextTask() ?? throw new ModerationException("every task has been attempted");
        if (Phase == ModerationPhase.Seq)
        {
            _feed("system", "SEQ skipped");
        }

        _seqFor = null;
        _shown = next;
        Phase = ModerationPhase.Briefing;
        ShowPanel();
        _feed("task", $"task {TaskNumber(next)} shown: {next.Title}");
    }

    /// <summary>
    /// Overrides an attempt's outcome (the automatic one is kept beside it). Null means the running attempt, which
    /// this ends, else the latest one.
    /// </summary>
    public async Task MarkOutcomeAsync(long? attemptId, AttemptOutcome outcome)
    {
        if (outcome is not (AttemptOutcome.Success or AttemptOutcome.Failed or AttemptOutcome.Abandoned))
        {
            throw new ModerationException("a moderator marks an attempt as success, failed or abandoned");
        }

        var id = attemptId ?? _active?.Id ?? _attempts.LastOrDefault()?.Record.Id ?? throw new ModerationException("no attempt to mark yet");
        if (_active is { } active && active.Id == id)
        {
            await FinishRunningAsync(AttemptEndCause.ModeratorMarked, outcome, null);
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
        _feed("task", $"{state.Title}: marked {Name(outcome)} (automatic: {Name(state.Automatic)})");
    }

    /// <summary>Stops the running task's clock (the participant's panel says so).</summary>
    public void PauseClock()
    {
        var active = _active ?? throw new ModerationException("no task is running");
        if (active.Pause())
        {
            ShowPanel();
            _feed("task", "task clock paused");
        }
    }

    /// <summary>Restarts the running task's clock.</summary>
    public async Task ResumeClockAsync()
    {
        var active = _active ?? throw new ModerationException("no task is running");
        if (active.Resume() is { } pause)
        {
            await EndPauseAsync(pause);
        }

        ShowPanel();
    }

    /// <summary>
    /// What the participant did on the panel: start the shown task (in the browser they have now, and only while the
    /// session is running), say done or give up, answer a question.
    /// </summary>
    public async Task OnPanelActionAsync(PanelAction action, ParticipantLeg leg, bool running)
    {
        switch (action.Type, Phase)
        {
            case ("start", ModerationPhase.Briefing) when running:
                await BeginAttemptAsync(_shown!, leg);
                break;
            case ("done", ModerationPhase.Active):
                await FinishRunningAsync(AttemptEndCause.ParticipantDone, null, null);
                break;
            case ("giveup", ModerationPhase.Active):
                await FinishRunningAsync(AttemptEndCause.ParticipantGaveUp, null, null);
                break;
            case ("answer", ModerationPhase.Seq or ModerationPhase.Sus or ModerationPhase.Nps) when action.Value is { } value:
                await AnswerAsync(value);
                break;
        }
    }

    /// <summary>Ends the running attempt, if any, for a reason that is not the participant's or the moderator's.</summary>
    public async Task EndRunningAsync(AttemptEndCause cause, string? detail)
    {
        if (_active is not null)
        {
            await FinishRunningAsync(cause, null, detail);
        }
    }

    /// <summary>The participant's browser went away: a task shown but never started is offered again.</summary>
    public void ForgetShownTask()
    {
        if (Phase == ModerationPhase.Briefing)
        {
            _shown = null;
            Phase = AfterTasksPhase();
        }
    }

    /// <summary>The session is over: the panel says so.</summary>
    public void End()
    {
        Phase = ModerationPhase.Ended;
        ShowPanel();
    }

    /// <summary>Shows the current phase on the participant's panel.</summary>
    public void ShowPanel()
    {
        var task = Phase is ModerationPhase.Briefing or ModerationPhase.Active or ModerationPhase.Seq ? (_active?.Task ?? _shown) : null;
        if (Phase == ModerationPhase.Seq && _seqFor is not null)
        {
            task = _options.Study.Tasks.First(t => t.Id == _seqFor.Record.TaskId);
        }

        _panel.Show(Phase, task is null ? null : new PanelTask(TaskNumber(task), _options.Study.Tasks.Count, task.Title, task.Prompt), _active?.IsPaused ?? false, CurrentQuestion());
    }

    /// <summary>The attempt a moment of a session's timeline belongs to, if any.</summary>
    public long? AttemptAt(long sessionId, double timeMs)
    {
        if (_active is { } active && active.Leg.SessionId == sessionId && timeMs >= active.StartMs)
        {
            return active.Id;
        }

        return _attempts.LastOrDefault(a => a.SessionId == sessionId && timeMs >= a.Record.StartMs && timeMs <= a.Record.EndMs)?.Record.Id;
    }

    /// <summary>The task flow's part of the console's view at <paramref name="nowMs"/> on the current timeline.</summary>
    public ModerationSnapshot Describe(ModerationSnapshot session, double nowMs)
    {
        var task = _active?.Task ?? (Phase == ModerationPhase.Briefing ? _shown : null);
        var attempts = _attempts.Select(a => new AttemptView(a.Record.Id, a.Record.TaskId, a.Title, Name(a.Record.Outcome),
            a.Record.AutomaticOutcome is { } auto ? Name(auto) : null, a.Record.Reason, a.Record.TimeSeconds, a.Record.Seq)).ToList();
        if (_active is { } running)
        {
            attempts.Add(new AttemptView(running.Id, running.Task.Id, running.Task.Title, "running", null, null, running.ActiveMs(nowMs) / 1000, null));
        }

        return session with
        {
            Task = task is null ? null : View(task),
            NextTask = NextTask() is { } next ? View(next) : null,
            Paused = _active?.IsPaused ?? false,
            TaskActiveMs = _active?.ActiveMs(nowMs) ?? 0,
            Attempts = attempts,
        };
    }

    private async Task BeginAttemptAsync(StudyTask task, ParticipantLeg leg)
    {
        _active = await RunningAttempt.BeginAsync(_options, _journal, task, leg, _feed);
        Phase = ModerationPhase.Active;
        ShowPanel();
        _feed("task", $"task {TaskNumber(task)} started: {task.Title}");
        // Not awaited under the session's gate: a slow page must not hold up the console.
        var start = _options.Study.Resolve(task.Start);
        _ = Task.Run(async () =>
        {
            if (await leg.NavigateAsync(start) is { } problem)
            {
                _feed("warn", $"task start page {start} did not load: {problem}");
            }
        });
    }

    private async Task FinishRunningAsync(AttemptEndCause cause, AttemptOutcome? marked, string? detail)
    {
        var active = _active!;
        _active = null;
        var (record, automatic, automaticReason) = await active.FinishAsync(cause, marked, detail, EndPauseAsync);
        await _journal.FinishAttemptAsync(active.Id, record, CancellationToken.None);
        var state = new AttemptState(record, active.Task.Title, automatic, automaticReason, active.Leg.SessionId);
        _attempts.Add(state);
        if (record.Outcome != AttemptOutcome.Interrupted)
        {
            _attempted.Add(active.Task.Id);
        }

        var asked = _options.Study.Questionnaires.AfterEachTask == "seq" && cause is AttemptEndCause.ParticipantDone or AttemptEndCause.ParticipantGaveUp or AttemptEndCause.ModeratorMarked;
        _seqFor = asked ? state : null;
        Phase = asked ? ModerationPhase.Seq : AfterTasksPhase();
        ShowPanel();
        _feed("task", $"task {TaskNumber(active.Task)} ended: {Name(record.Outcome)} — {record.Reason}");
    }

    private async Task EndPauseAsync(ClockPause pause)
    {
        await _moderation.AddPauseAsync(pause, CancellationToken.None);
        _feed("task", $"task clock resumed after {AttemptEnd.Clock(pause.EndMs - pause.StartMs)}");
    }

    private async Task AnswerAsync(int value)
    {
        var question = CurrentQuestion()!;
        if (value < question.Min || value > question.Max)
        {
            return;
        }

        var taskId = Phase == ModerationPhase.Seq ? _seqFor!.Record.TaskId : null;
        await _journal.AddAnswersAsync(ParticipantId, [new QuestionnaireAnswer(_options.Participant, question.Instrument, taskId, question.Item, value)], CancellationToken.None);
        if (Phase == ModerationPhase.Seq)
        {
            var state = _seqFor!;
            state.Record = state.Record with { Seq = value };
            await _journal.FinishAttemptAsync(state.Record.Id, state.Record, CancellationToken.None);
            _seqFor = null;
            _feed("task", $"SEQ for {state.Title}: {value}");
        }
        else
        {
            _questionIndex++;
            _feed("task", $"{question.Instrument.ToUpperInvariant()} {(question.Count > 1 ? $"item {question.Item} " : "")}answered: {value}");
        }

        Phase = AfterTasksPhase();
        ShowPanel();
    }

    private ModerationPhase AfterTasksPhase() =>
        NextTask() is not null ? ModerationPhase.Between
        : _questionIndex < _afterStudy.Count ? Questionnaire.PhaseOf(_afterStudy[_questionIndex])
        : ModerationPhase.Finished;

    /// <summary>The first task not attempted yet, other than the one shown or running now.</summary>
    private StudyTask? NextTask() => _options.Study.Tasks.FirstOrDefault(t => !_attempted.Contains(t.Id) && t != _shown && t != _active?.Task);

    private QuestionItem? CurrentQuestion() => Phase switch
    {
        ModerationPhase.Seq => Questionnaire.Seq,
        ModerationPhase.Sus or ModerationPhase.Nps => _afterStudy[_questionIndex],
        _ => null,
    };

    private int TaskNumber(StudyTask task) => _options.Study.Tasks.ToList().IndexOf(task) + 1;

    private TaskView View(StudyTask task) =>
        new(TaskNumber(task), _options.Study.Tasks.Count, task.Id, task.Title, task.Prompt, task.TimeLimit.TotalSeconds);

    private static string Name(AttemptOutcome outcome) => outcome.ToString().ToLowerInvariant();

    /// <summary>A finished attempt as the flow remembers it: its stored record (which a mark or an SEQ answer updates).</summary>
    private sealed class AttemptState(AttemptRecord record, string title, AttemptOutcome automatic, string automaticReason, long sessionId)
    {
        public AttemptRecord Record { get; set; } = record;

        public string Title { get; } = title;

        public AttemptOutcome Automatic { get; } = automatic;

        public string AutomaticReason { get; } = automaticReason;

        public long SessionId { get; } = sessionId;
    }
}
