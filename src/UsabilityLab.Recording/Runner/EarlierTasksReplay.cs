using Microsoft.Playwright;
using UsabilityLab.Browser;
using UsabilityLab.Core.Personas;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Capture;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// A resumed participant starts in a fresh browser, which has none of what their earlier tasks left behind (the cart
/// they filled). Before anything is recorded, their finished tasks' golden paths are replayed exactly, unrecorded, so
/// the task they were in starts where it would have. When that fails, the tasks that follow cannot be the
/// participant's result: the runner marks them unrestored and analysis leaves them out.
/// </summary>
internal static class EarlierTasksReplay
{
    /// <summary>True when every earlier task's golden path ran and its success criteria held.</summary>
    public static async Task<bool> RestoreAsync(IBrowserContext context, Study study, IReadOnlyList<StudyTask> earlier, BrowserConfig config)
    {
        if (earlier.Count == 0)
        {
            return true;
        }

        var page = await context.NewPageAsync();
        try
        {
            var exact = new PersonaBehavior(PersonaProfile.Exact, 0);
            foreach (var task in earlier)
            {
                using var effects = new PageEffects(page);
                if (!FreshStart.Continues(task, page))
                {
                    var start = study.Resolve(task.Start).ToString();
                    await FreshStart.LeaveSameDocumentAsync(page, start, config.NavigationTimeoutMs);
                    await page.GotoAsync(start, new() { WaitUntil = WaitUntilState.Commit, Timeout = config.NavigationTimeoutMs });
                    await PageLoad.WaitAsync(page, config.NavigationTimeoutMs);
                }
                var steps = new StepExecutor(page, study, task, exact, new ParticipantClock(), config, effects);
                foreach (var step in task.Steps)
                {
                    if ((await steps.ExecuteAsync(step)).Status != StepStatus.Done)
                    {
                        return false;
                    }
                }

                await PageLoad.WaitAsync(page, config.NavigationTimeoutMs);
                if (await SuccessCriteria.FirstUnmetAsync(page, task.Success) is not null)
                {
                    return false;
                }
            }

            return true;
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            return false;
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
