namespace UsabilityLab.Recording.Runner;

internal sealed record StepResult(StepStatus Status, string? Reason = null)
{
    public static StepResult Done { get; } = new(StepStatus.Done);
}
