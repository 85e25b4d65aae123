namespace UsabilityLab.Core.Studies;

/// <summary>Wait until text, a selector or a URL is seen; the step fails after the action timeout.</summary>
public sealed record ExpectStep(string? Text, string? Selector, string? Url) : TaskStep;
