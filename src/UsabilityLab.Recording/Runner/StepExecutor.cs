using Microsoft.Playwright;
using UsabilityLab.Browser;
using UsabilityLab.Core.Pages;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Capture;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Executes golden-path steps as the participant's persona would. The exact persona uses Playwright's own
/// actionability rules (QA mode); simulated people go through <see cref="ClickSimulator"/> and <see cref="Detours"/>.
/// </summary>
internal sealed class StepExecutor
{
    /// <summary>Longest real wait for an <c>expect</c> step; the participant's clock still advances by think time.</summary>
    private const int ExpectTimeoutMs = 3_000;

    private readonly IPage _page;
    private readonly Study _study;
    private readonly StudyTask _task;
    private readonly PersonaBehavior _behavior;
    private readonly ParticipantClock _clock;
    private readonly BrowserConfig _config;
    private readonly PageEffects _effects;
    private readonly ClickSimulator _clicks;
    private readonly Detours _detours;

    public StepExecutor(IPage page, Study study, StudyTask task, PersonaBehavior behavior, ParticipantClock clock, BrowserConfig config, PageEffects effects)
    {
        _page = page;
        _study = study;
        _task = task;
        _behavior = behavior;
        _clock = clock;
        _config = config;
        _effects = effects;
        _clicks = new ClickSimulator(page, behavior, clock, effects, config.NavigationTimeoutMs, config.ActionTimeoutMs);
        _detours = new Detours(page, behavior, clock, effects, config.NavigationTimeoutMs);
    }

    /// <summary>Keeps a picture of each view a click is made in (null: none kept, as when earlier tasks are replayed).</summary>
    public BackdropTaker? Views { get; init; }

    /// <summary>Whether the next click's view was asked for ahead (<see cref="AskViewAheadAsync"/>).</summary>
    private bool _viewAskedAhead;

    /// <summary>
    /// For the exact persona, asks now which view the next step's click will land in, so that the runner can look at
    /// the success criteria at the same time: nothing happens in the page in between (the exact persona's think time
    /// runs on the participant's clock, not in real time). Simulated people are asked once they have found their target.
    /// </summary>
    public Task AskViewAheadAsync(TaskStep next)
    {
        if (!_behavior.IsExact || next is not (ClickStep or TapStep))
        {
            return Task.CompletedTask;
        }

        _viewAskedAhead = true;
        return ViewBeforeClickAsync(next is ClickStep click ? click.Selector : ((TapStep)next).Selector);
    }

    /// <summary>How often a step is tried again when the page navigated away under it by itself.</summary>
    private const int TriesWhileNavigating = 3;

    public async Task<StepResult> ExecuteAsync(TaskStep step)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await ExecuteOnceAsync(step);
            }
            catch (TimeoutException ex)
            {
                return new StepResult(StepStatus.SelectorMissing, $"{Describe(step)}: {FirstLine(ex.Message)}");
            }
            catch (PlaywrightException ex) when (NavigatedUnder(ex) && !_page.IsClosed)
            {
                // The page went on to another document while the participant looked at it (a timer, a redirect): they
                // look again once it has loaded. A page that keeps doing so is at fault, not the participant.
                if (tries == TriesWhileNavigating)
                {
                    return new StepResult(StepStatus.PageUnsettled, $"{Describe(step)}: the page kept navigating by itself while the participant tried it");
                }

                await PageLoad.WaitAsync(_page, _config.NavigationTimeoutMs);
            }
        }
    }

    private async Task<StepResult> ExecuteOnceAsync(TaskStep step) => step switch
    {
        ClickStep click => await ClickAsync(click, click.Selector),
        // A tap and a click are one action done with what the device has: a finger on a touch screen, else a mouse.
        TapStep tap => await ClickAsync(tap, tap.Selector),
        FillStep fill => await FillAsync(fill),
        PressStep press => await ActAsync(press.Selector, trustedInput: true, l => l.PressAsync(press.Key)),
        // Study authors write what they see: Playwright picks the first option whose value or label is the string.
        SelectStep select => await ActAsync(select.Selector, trustedInput: false, l => l.SelectOptionAsync(select.Value)),
        GotoStep go => await GotoAsync(go.Url),
        WaitStep wait => Wait(wait.Duration),
        ExpectStep expect => await ExpectAsync(expect),
        _ => throw new NotSupportedException($"Step type {step.GetType().Name} is not supported by this runner."),
    };

    /// <summary>Playwright's words for a call whose document went away under it (a navigation), not for a closed page.</summary>
    private static bool NavigatedUnder(PlaywrightException ex) =>
        ex.Message.Contains("Execution context was destroyed", StringComparison.Ordinal)
        || ex.Message.Contains("Frame was detached", StringComparison.OrdinalIgnoreCase)
        || ex.Message.Contains("Element is not attached to the DOM", StringComparison.Ordinal);

    private async Task<StepResult> ClickAsync(TaskStep step, string selector)
    {
        if (_behavior.IsExact)
        {
            // Playwright's click waits for the target to be visible (and enabled and stable) itself, within the same
            // action timeout, and times out the same way: a separate visibility wait first only cost a roundtrip.
            var target = _page.Locator(selector).First;
            _clock.Advance(_behavior.ThinkMs());
            if (!_viewAskedAhead)
            {
                await ViewBeforeClickAsync(selector);
            }

            _viewAskedAhead = false; // a try again after the page navigated under it asks again
            return await ExactlyAsync(() => _behavior.Touch ? target.TapAsync() : target.ClickAsync());
        }

        await FindAsync(selector);
        await _detours.MaybeDetourAsync(_task.Prompt, selector);
        var found = await FindAsync(selector);
        await ViewBeforeClickAsync(selector);
        return await _clicks.ClickAsync(found, selector, StepTarget.After(_task.Steps, step));
    }

    private Task ViewBeforeClickAsync(string selector) => Views?.CaptureViewIfNewAsync(_page, selector) ?? Task.CompletedTask;

    private async Task<StepResult> FillAsync(FillStep fill)
    {
        ILocator target;
        if (_behavior.IsExact)
        {
            // The step says fill, and the exact persona does what the steps say: Playwright's fill focuses the field
            // itself (and waits for it to be visible and editable). People click into a field first; QA scripts don't.
            target = _page.Locator(fill.Selector).First;
        }
        else
        {
            target = await FindAsync(fill.Selector);
            await ViewBeforeClickAsync(fill.Selector);
            var clicked = await _clicks.ClickAsync(target, fill.Selector, lookingFor: null);
            if (clicked.Status != StepStatus.Done)
            {
                return clicked;
            }
        }

        // The field gets its text when the person starts typing (the recorder stamps a typing burst by its start);
        // the typing itself then takes its time before the next action.
        _clock.Advance(_behavior.ThinkMs());
        await target.FillAsync(fill.Value);
        _clock.Advance(_behavior.TypingMs(fill.Value));
        return StepResult.Done;
    }

    // trustedInput: the action arrives as a trusted keydown (a key press), at which the recorder notes the page's
    // mutation count; selecting an option fires only script events, so the count is read before it.
    private async Task<StepResult> ActAsync(string selector, bool trustedInput, Func<ILocator, Task> action)
    {
        if (_behavior.IsExact)
        {
            // Playwright's selectOption waits for its target to be visible and enabled, as click does; press only for it
            // to be attached, so a key press still waits for the field to be shown (keys into a hidden one go astray).
            var target = trustedInput ? await FindAsync(selector) : _page.Locator(selector).First;
            _clock.Advance(_behavior.ThinkMs());
            return await ExactlyAsync(() => action(target));
        }

        var found = await FindAsync(selector);
        _clock.Advance(_behavior.ThinkMs());
        var mark = trustedInput ? _effects.MarkAtInput() : await _effects.MarkAsync();
        await action(found);
        await _effects.SettleAsync(mark, _config.NavigationTimeoutMs);
        return StepResult.Done;
    }

    /// <summary>The exact persona's action: then only a navigation it started is waited for, to commit (as a plain Playwright test would run).</summary>
    private async Task<StepResult> ExactlyAsync(Func<Task> action)
    {
        var before = _effects.MarkAtInput();
        await action();
        await _effects.NavigationCommittedAsync(before, _config.NavigationTimeoutMs);
        return StepResult.Done;
    }

    private async Task<StepResult> GotoAsync(string url)
    {
        _clock.Advance(_behavior.ThinkMs());
        _effects.MarkAtInput(); // the participant acts: what the page does next is no loop of its own
        await _page.GotoAsync(_study.Resolve(url).ToString());
        return StepResult.Done;
    }

    private StepResult Wait(TimeSpan duration)
    {
        _clock.Advance(duration.TotalMilliseconds);
        return StepResult.Done;
    }

    private async Task<StepResult> ExpectAsync(ExpectStep expect)
    {
        var options = new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = ExpectTimeoutMs };
        try
        {
            if (expect.Text is not null)
            {
                await _page.GetByText(expect.Text).First.WaitForAsync(options);
            }

            if (expect.Selector is not null)
            {
                await _page.Locator(expect.Selector).First.WaitForAsync(options);
            }

            if (expect.Url is not null && !await UrlReachedAsync(expect.Url))
            {
                return NotSeen(expect);
            }

            _clock.Advance(_behavior.GlanceMs());
            return StepResult.Done;
        }
        catch (TimeoutException)
        {
            return NotSeen(expect);
        }
    }

    private static StepResult NotSeen(ExpectStep expect) =>
        new(StepStatus.ExpectationNotMet, $"{Describe(expect)}: not seen within {ExpectTimeoutMs / 1000} s");

    /// <summary>Whether the page is at, or commits within the expect timeout to, a URL matching <paramref name="pattern"/>.</summary>
    private Task<bool> UrlReachedAsync(string pattern) => UrlArrival.ReachedAsync(_page, url => UrlPattern.IsMatch(pattern, url), ExpectTimeoutMs);

    private async Task<ILocator> FindAsync(string selector)
    {
        var locator = _page.Locator(selector).First;
        await locator.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = _config.ActionTimeoutMs });
        return locator;
    }

    internal static string Describe(TaskStep step)
    {
        var what = step switch
        {
            ClickStep c => $"click {c.Selector}",
            TapStep t => $"tap {t.Selector}",
            FillStep f => $"fill {f.Selector}",
            PressStep p => $"press {p.Key} in {p.Selector}",
            SelectStep s => $"select {s.Value} in {s.Selector}",
            GotoStep g => $"goto {g.Url}",
            WaitStep w => $"wait {w.Duration.TotalMilliseconds} ms",
            ExpectStep e => $"expect {e.Text ?? e.Selector ?? e.Url}",
            _ => step.GetType().Name,
        };
        return step.Line > 0 ? $"step at line {step.Line} ({what})" : what;
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
