using UsabilityLab.Core.Studies;

namespace UsabilityLab.Recording.Runner;

/// <summary>The element a person clicks to do a step (a field is clicked before it is typed into); null for other steps.</summary>
internal static class StepTarget
{
    public static string? Of(TaskStep step) => step switch
    {
        ClickStep click => click.Selector,
        TapStep tap => tap.Selector,
        FillStep fill => fill.Selector,
        _ => null,
    };

    /// <summary>What a person looks for after step <paramref name="step"/> of <paramref name="steps"/>: the next step's target.</summary>
    public static string? After(IReadOnlyList<TaskStep> steps, TaskStep step)
    {
        for (var i = 0; i < steps.Count - 1; i++)
        {
            if (ReferenceEquals(steps[i], step))
            {
                return Of(steps[i + 1]);
            }
        }

        return null;
    }
}
