using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Ends an attempt whose page traps the participant — a dialog loop, a redirect loop, or a page that keeps a call
/// unanswered until the task's time limit — by ending the page (<see cref="PageEnding"/>), which fails every call
/// pending on it, and says why. Nothing a page does can hold a participant (or the run) up for longer than the task's time limit.
/// </summary>
internal sealed class AttemptGuard : IDisposable
{
    /// <summary>
    /// This many dialogs, or main-frame navigations, more than the participant's actions could explain make a loop. No
    /// page a person can use gets near it (a sign-in's redirect chain takes a handful); a loop gets there in moments,
    /// however slow the server, and however often a participant tries to act on the page meanwhile.
    /// </summary>
    internal const int LoopCount = 20;

    /// <summary>What one action may explain: a click that submits a form, is redirected and shows a confirm.</summary>
    internal const int PerAction = 3;

    private readonly IPage _page;
    private readonly PageEffects _effects;
    private readonly TimeSpan _timeLimit;
    private readonly ITimer _deadline;
    private readonly Lock _gate = new();
    private int _actions;
    private int _dialogs;
    private int _navigations;
    private string? _trouble;
    private Task _ending = Task.CompletedTask;

    /// <param name="page">The participant's page for this attempt.</param>
    /// <param name="effects">Tells when the participant acts: each action explains a few dialogs and navigations.</param>
    /// <param name="timeLimit">The task's time limit: participant time never runs slower than the wall clock, so once
    /// this much wall time has passed the attempt is over whatever the page is doing.</param>
    /// <param name="time">The clock the deadline is measured on.</param>
    public AttemptGuard(IPage page, PageEffects effects, TimeSpan timeLimit, TimeProvider time)
    {
        _page = page;
        _effects = effects;
        _timeLimit = timeLimit;
        page.Dialog += OnDialog;
        page.FrameNavigated += OnFrameNavigated;
        effects.Acting += OnActing;
        _deadline = time.CreateTimer(_ => OnDeadline(), null, timeLimit, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Why the page was closed, when it was; the attempt then ends as failed with this reason.</summary>
    public string? Trouble
    {
        get { lock (_gate) { return _trouble; } }
    }

    /// <summary>
    /// Done once the page the guard ended is gone (at once when it ended none). The attempt waits for it before it
    /// ends: the next task must not start on a page that is still being ended, where the loop's navigations and the
    /// ending itself would interrupt its start and read as the site's fault. Never throws.
    /// </summary>
    public Task EndedAsync()
    {
        lock (_gate)
        {
            return _ending;
        }
    }

    public void Dispose()
    {
        _deadline.Dispose();
        _effects.Acting -= OnActing;
        _page.Dialog -= OnDialog;
        _page.FrameNavigated -= OnFrameNavigated;
    }

    private void OnActing()
    {
        lock (_gate)
        {
            _actions++;
        }
    }

    private void OnDialog(object? sender, IDialog dialog)
    {
        if (Count(ref _dialogs))
        {
            Close($"the page kept opening dialogs by itself ({_dialogs} for {_actions} actions; a dialog loop); the lab closed the page");
        }
    }

    private void OnFrameNavigated(object? sender, IFrame frame)
    {
        if (frame == _page.MainFrame && Count(ref _navigations))
        {
            Close($"the page kept navigating by itself ({_navigations} navigations for {_actions} actions; a redirect loop); the lab closed the page");
        }
    }

    private void OnDeadline() =>
        Close($"time limit of {_timeLimit.TotalSeconds:0} s reached while waiting for the page (it stopped answering); the lab closed the page");

    /// <summary>Counts one more; true when that makes a loop.</summary>
    private bool Count(ref int count)
    {
        lock (_gate)
        {
            return ++count - (PerAction * _actions) >= LoopCount;
        }
    }

    private void Close(string why)
    {
        lock (_gate)
        {
            if (_trouble is not null)
            {
                return;
            }

            _trouble = why;
            _ending = Task.Run(() => PageEnding.EndAsync(_page, why)); // not on this thread: it holds the lock
        }
    }
}
