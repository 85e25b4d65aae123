namespace UsabilityLab.Core.Studies;

/// <summary>Navigate to a path (relative to the target) or absolute URL.</summary>
public sealed record GotoStep(string Url) : TaskStep;
