namespace UsabilityLab.Core.Studies;

/// <summary>Type a value into a field.</summary>
public sealed record FillStep(string Selector, string Value) : TaskStep;
