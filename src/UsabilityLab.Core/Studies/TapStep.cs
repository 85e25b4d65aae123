namespace UsabilityLab.Core.Studies;

/// <summary>Tap the element with a finger (touch devices; a participant on a desktop device clicks it).</summary>
public sealed record TapStep(string Selector) : TaskStep;
