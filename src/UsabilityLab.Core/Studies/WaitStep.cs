namespace UsabilityLab.Core.Studies;

/// <summary>Wait (participant time, not wall time).</summary>
public sealed record WaitStep(TimeSpan Duration) : TaskStep;
