namespace UsabilityLab.Core.Studies;

/// <summary>The Playwright selector matches a visible element.</summary>
public sealed record SelectorCriterion(string Selector) : SuccessCriterion;
