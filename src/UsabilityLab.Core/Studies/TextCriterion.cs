namespace UsabilityLab.Core.Studies;

/// <summary>The text is visible on the page.</summary>
public sealed record TextCriterion(string Text) : SuccessCriterion;
