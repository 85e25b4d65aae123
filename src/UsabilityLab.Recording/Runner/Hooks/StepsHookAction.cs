using Microsoft.Playwright;
using UsabilityLab.Browser;
using UsabilityLab.Core.Personas;
using UsabilityLab.Core.Studies;
using UsabilityLab.Core.Studies.Hooks;
using UsabilityLab.Recording.Capture;

namespace UsabilityLab.Recording.Runner.Hooks;

/// <summary>
/// Runs a steps hook in a tab of its own in the participant's context (so a sign-in's cookie is theirs), as the exact
/// persona runs a golden path. The tab is kept out of the recording and closed afterwards.
/// </summary>
internal static class StepsHookAction
{
    /// <summary>Null when every step was done; else the step that was not, and why.</summary>
    public static async Task<string?> RunAsync(StepsHook hook, Study study, HookBrowser browser, BrowserConfig config, CancellationToken cancellationToken)
    {
        IPage? page = null;
        try
        {
            page = await (await browser.Context()).NewPageAsync();
            browser.Unrecorded(page);
            // Playwright's calls take no token: closing the tab is what stops them when the hook runs out of time.
            await using var stop = cancellationToken.Register(() => page.CloseAsync().Forget());
            return await RunStepsAsync(page, hook, study, config, cancellationToken);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return $"failed in the browser: {AttemptFailure.FirstLine(ex.Message)}";
        }
        finally
        {
            await CloseAsync(page);
        }
    }

    private static async Task<string?> RunStepsAsync(IPage page, StepsHook hook, Study study, BrowserConfig config, CancellationToken cancellationToken)
    {
        await page.GotoAsync(study.Resolve(hook.Start).ToString(), new() { WaitUntil = WaitUntilState.Commit, Timeout = config.NavigationTimeoutMs });
        await PageLoad.WaitAsync(page, config.NavigationTimeoutMs);
        using var effects = new PageEffects(page);
        var task = new StudyTask("hook", "hook", "", hook.Start, hook.Timeout, [], [], hook.Steps);
        var steps = new StepExecutor(page, study, task, new PersonaBehavior(PersonaProfile.Exact, 0), new ParticipantClock(), config, effects);
        foreach (var step in hook.Steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await steps.ExecuteAsync(step) is { Status: not StepStatus.Done } result)
            {
                return $"stopped at the step on line {step.Line}: {result.Reason}";
            }
        }

        // A last click that signs in navigates: its cookie is the participant's once that page has loaded.
        await PageLoad.WaitAsync(page, config.NavigationTimeoutMs);
        return null;
    }

    private static async Task CloseAsync(IPage? page)
    {
        try
        {
            if (page is { IsClosed: false })
            {
                await page.CloseAsync();
            }
        }
        catch (PlaywrightException)
        {
            // The browser went away with it.
        }
    }
}
