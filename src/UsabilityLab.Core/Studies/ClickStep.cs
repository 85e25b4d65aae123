namespace UsabilityLab.Core.Studies;

/// <summary>Click the element matched by a Playwright selector.</summary>
public sealed record ClickStep(string Selector) : TaskStep;
