using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Tells whether an action changed anything a person sees or that is on its way (a main-frame navigation, DOM mutations,
/// focus moving, a request the page started), and waits for a navigation
/// it started to load — also a slow one that has not committed yet, which Playwright's actions don't wait for.
/// </summary>
internal sealed class PageEffects : IDisposable
{
    /// <summary>How long an action may take to show an effect; the wait ends sooner as soon as one shows.</summary>
    internal const int EffectWindowMs = 60;

    /// <summary>How long the runner waits for the page's answer after its window (a busy page answers late).</summary>
    internal const int AnswerGuardMs = EffectWindowMs * 4;

    /// <summary>How much longer it waits for an answer that is late (a loaded machine), before giving up on it.</summary>
    internal const int LateAnswerMs = 1_500;

    private readonly IPage _page;
    private readonly TimeProvider _time;
    private int _navigationRequests;
    private int _navigationRequestsEnded;
    private int _requests;
    private int _navigations;
    private TaskCompletionSource _navigationRequested = NewSignal();
    private TaskCompletionSource _navigated = NewSignal();
    private TaskCompletionSource _navigationEnded = NewSignal();

    /// <summary>Starts following <paramref name="page"/>'s navigations and requests.</summary>
    /// <param name="page">The page acted on.</param>
    /// <param name="time">The clock the waits for an effect and a navigation run on; the system's when null.</param>
    public PageEffects(IPage page, TimeProvider? time = null)
    {
        _page = page;
        _time = time ?? TimeProvider.System;
        page.Request += OnRequest;
        page.RequestFinished += OnRequestEnded;
        page.RequestFailed += OnRequestEnded;
        page.FrameNavigated += OnFrameNavigated;
    }

    /// <summary>Stops listening: the page lives on into the participant's next task, which watches it anew.</summary>
    public void Dispose()
    {
        _page.Request -= OnRequest;
        _page.RequestFinished -= OnRequestEnded;
        _page.RequestFailed -= OnRequestEnded;
        _page.FrameNavigated -= OnFrameNavigated;
    }

    private void OnRequest(object? sender, IRequest request)
    {
        if (request.ResourceType is "fetch" or "xhr" or "document")
        {
            // What a page asks its server for because of an action (a search, a save); not the icons, beacons and
            // preloads a browser fetches on its own.
            Interlocked.Increment(ref _requests);
        }

        if (IsMainFrameNavigation(request))
        {
            Interlocked.Increment(ref _navigationRequests);
            Interlocked.Exchange(ref _navigationRequested, NewSignal()).TrySetResult();
        }
    }

    private void OnRequestEnded(object? sender, IRequest request)
    {
        if (IsMainFrameNavigation(request))
        {
            Interlocked.Increment(ref _navigationRequestsEnded);
            Interlocked.Exchange(ref _navigationEnded, NewSignal()).TrySetResult();
        }
    }

    private bool IsMainFrameNavigation(IRequest request) => request.IsNavigationRequest && request.Frame == _page.MainFrame;

    private void OnFrameNavigated(object? sender, IFrame frame)
    {
        if (frame == _page.MainFrame)
        {
            Interlocked.Increment(ref _navigations);
            Interlocked.Exchange(ref _navigated, NewSignal()).TrySetResult();
        }
    }

    /// <summary>Where the page stood before an action; <paramref name="Reactions"/> (DOM mutations and focus moves, as
    /// the recorder counts them) null: as the recorder noted at the action's input.</summary>
    public readonly record struct Mark(int NavigationRequests, int Navigations, int Requests, long? Reactions)
    {
        /// <summary>Main-frame navigation requests that had ended (answered or failed) at the mark.</summary>
        public int NavigationRequestsEnded { get; init; }
    }

    /// <summary>Raised when the lab is about to act on the page (every action marks where the page stood first): what the
    /// page does from then on may be the action's effect; what it does without one is its own doing.</summary>
    public event Action? Acting;

    /// <summary>Reads the page's mutation count now: for actions that move the mouse around first (simulated people)
    /// or whose input is not a trusted pointerdown or keydown (selecting an option).</summary>
    public async Task<Mark> MarkAsync()
    {
        Acting?.Invoke();
        var ended = _navigationRequestsEnded;
        return new(_navigationRequests, _navigations, _requests, await ReactionsAsync()) { NavigationRequestsEnded = ended };
    }

    /// <summary>
    /// For one click or key press (Playwright's own, in the main frame): the recorder notes the mutation count when
    /// its pointerdown or keydown arrives, so there is no call to the page before the action. Also the mark for
    /// <see cref="NavigationCommittedAsync"/>, which needs only the navigation counts.
    /// </summary>
    public Mark MarkAtInput()
    {
        Acting?.Invoke();
        return new(_navigationRequests, _navigations, _requests, null) { NavigationRequestsEnded = _navigationRequestsEnded };
    }

    /// <summary>
    /// Waits for the effect of an action — no longer than <see cref="EffectWindowMs"/> unless it navigates, and only until
    /// the first sign of one — then for a navigation it started to load; true when it navigated or mutated the DOM.
    /// </summary>
    public async Task<bool> SettleAsync(Mark before, int navigationTimeoutMs)
    {
        var started = _time.GetTimestamp();
        try
        {
            return await EffectAsync(before, navigationTimeoutMs);
        }
        finally
        {
            RunnerMetrics.RecordSettle(_time, started);
        }
    }

    /// <summary>
    /// The exact persona's wait after an action (QA mode, as a plain Playwright test would run): only for a navigation
    /// the action started, until it has committed, so that the page's URL is the new one. Not for its load: Playwright's
    /// next action waits for its own target, a success check that finds the page still loading looks again after the
    /// next step, and the runner waits for the load where one matters (a page new to the run's backdrops, the last check).
    /// </summary>
    public async Task NavigationCommittedAsync(Mark before, int navigationTimeoutMs)
    {
        var started = _time.GetTimestamp();
        var (navigated, ended) = (_navigated.Task, _navigationEnded.Task); // before the counts, as in EffectAsync
        if (_navigationRequests != before.NavigationRequests || _navigations != before.Navigations)
        {
            await CommittedAsync(before, navigated, ended, navigationTimeoutMs);
            RunnerMetrics.RecordSettle(_time, started);
        }
    }

    private async Task<bool> EffectAsync(Mark before, int navigationTimeoutMs)
    {
        // The signals are read before the counts: an event that comes in between bumps its count first and then
        // completes the signal read here, whereas one read after the count could already be its replacement (and
        // the wait for a commit would last the whole navigation timeout).
        var navigationRequested = _navigationRequested.Task;
        var navigated = _navigated.Task;
        var navigationEnded = _navigationEnded.Task;
        PageEffect? seen = null;
        var baseline = before.Reactions;
        if (_navigationRequests == before.NavigationRequests && _navigations == before.Navigations)
        {
            // The page's own timer ends the window; the guard is for an answer that does not come. A late answer
            // is still the truth (it holds the count noted at the input, which nothing else can read), so a busy
            // page or machine gets longer before the action is taken for a change without one.
            var inPage = EffectSeen.InPageAsync(_page, before.Reactions, EffectWindowMs);
            if (await Task.WhenAny(inPage, navigationRequested, Task.Delay(TimeSpan.FromMilliseconds(AnswerGuardMs), _time)) == inPage
                || await Task.WhenAny(inPage, navigationRequested, Task.Delay(TimeSpan.FromMilliseconds(LateAnswerMs), _time)) == inPage)
            {
                (seen, baseline) = await inPage;
            }

            if (seen == PageEffect.Navigating && _navigationRequests == before.NavigationRequests)
            {
                // The page started a navigation whose request has not reached us yet; it follows within moments.
                await Task.WhenAny(navigationRequested, navigated, Task.Delay(TimeSpan.FromMilliseconds(EffectWindowMs), _time));
            }
        }

        if (await NavigatedAsync(before, navigated, navigationEnded, navigationTimeoutMs))
        {
            return true;
        }

        // A request the action started (a search, a save) is a reaction on its way, whatever the DOM shows yet.
        if (_requests != before.Requests)
        {
            return true;
        }

        // The page's own answer when it gave one in time (a navigation it started that never came is no answer);
        // without a baseline (the page was gone when asked, or the recorder's note was not read) that is a change.
        if (seen is PageEffect.Changed or PageEffect.Quiet)
        {
            return seen == PageEffect.Changed;
        }

        return baseline is not { } mutations || await ReactionsAsync() != mutations;
    }

    /// <summary>Waits for a navigation requested since <paramref name="before"/> to commit and load; true when one committed.</summary>
    private async Task<bool> NavigatedAsync(Mark before, Task navigated, Task ended, int navigationTimeoutMs)
    {
        if (!await CommittedAsync(before, navigated, ended, navigationTimeoutMs))
        {
            return false;
        }

        await PageLoad.WaitAsync(_page, navigationTimeoutMs, _time);
        return true;
    }

    /// <summary>Waits for a navigation requested since <paramref name="before"/> to commit; true when one committed.</summary>
    private async Task<bool> CommittedAsync(Mark before, Task navigated, Task ended, int navigationTimeoutMs)
    {
        if (_navigationRequests != before.NavigationRequests && _navigations == before.Navigations)
        {
            // Requested but not committed yet (a slow server): wait for the commit. A request that ends without one
            // (a 204, a download, a failure) gets a moment for its commit to arrive, not the whole timeout; so does one
            // that ended before this wait began (a busy machine), whose end the signal read above no longer carries.
            var endedAlready = _navigationRequestsEnded - before.NavigationRequestsEnded >= _navigationRequests - before.NavigationRequests;
            if (endedAlready || await Task.WhenAny(navigated, ended, Task.Delay(TimeSpan.FromMilliseconds(navigationTimeoutMs), _time)) == ended)
            {
                await Task.WhenAny(navigated, Task.Delay(TimeSpan.FromMilliseconds(EffectWindowMs), _time));
            }
        }

        return _navigations != before.Navigations;
    }

    private async Task<long> ReactionsAsync()
    {
        try
        {
            return await _page.EvaluateAsync<long>("() => window.__usabilityLab ? window.__usabilityLab.reactions() : 0");
        }
        catch (PlaywrightException)
        {
            return -1; // navigating: the context was destroyed, which itself is a change
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
