namespace UsabilityLab.Core.Studies;

/// <summary>A success criterion evaluated after each navigation or click and at the end of a task.</summary>
public abstract record SuccessCriterion;
