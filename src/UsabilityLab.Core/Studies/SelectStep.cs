namespace UsabilityLab.Core.Studies;

/// <summary>Choose an option of a select element by value or label.</summary>
public sealed record SelectStep(string Selector, string Value) : TaskStep;
