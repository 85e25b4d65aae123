using Microsoft.Playwright;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// What a person does when their own stray click closed what the last steps opened (a dropdown, a dialog closed by a
/// click on its backdrop): they go back to the last thing still on screen and do it again from there. A simulated
/// participant does the same, so its misclick model never ends an attempt as a tool error. The exact persona makes no
/// stray clicks and is never recovered: a missing target on the golden path stays an error.
/// </summary>
internal static class StrayClickRecovery
{
    /// <summary>How many steps back a person retraces at most.</summary>
    private const int MaxStepsBack = 4;

    /// <summary>
    /// How often a person goes back: once more when the list they reopened closed again under their hand (a stray
    /// click onto its own toggle), not endlessly.
    /// </summary>
    private const int MaxRetraces = 2;

    /// <summary>
    /// Re-runs the steps from the latest earlier one whose target is on screen, then step <paramref name="index"/>;
    /// null when no earlier target is on screen (nothing a person could retrace).
    /// </summary>
    public static async Task<StepResult?> RetraceAsync(IPage page, StepExecutor steps, IReadOnlyList<TaskStep> all, int index)
    {
        for (var retraces = 1; ; retraces++)
        {
            var result = await RetraceOnceAsync(page, steps, all, index);
            if (result is not { Status: StepStatus.SelectorMissing } || retraces == MaxRetraces)
            {
                return result;
            }
        }
    }

    private static async Task<StepResult?> RetraceOnceAsync(IPage page, StepExecutor steps, IReadOnlyList<TaskStep> all, int index)
    {
        for (var from = index - 1; from >= Math.Max(0, index - MaxStepsBack); from--)
        {
            if (StepTarget.Of(all[from]) is not { } selector || !await OnScreen.ShowsAsync(page, selector))
            {
                continue;
            }

            for (var k = from; k < index; k++)
            {
                if ((await steps.ExecuteAsync(all[k])).Status != StepStatus.Done)
                {
                    return null;
                }
            }

            return await steps.ExecuteAsync(all[index]);
        }

        return null;
    }
}
