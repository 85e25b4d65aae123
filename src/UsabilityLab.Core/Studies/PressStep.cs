namespace UsabilityLab.Core.Studies;

/// <summary>Press a key with focus on the selector (e.g. Enter).</summary>
public sealed record PressStep(string Selector, string Key) : TaskStep;
