namespace UsabilityLab.Core.Studies;

/// <summary>One golden-path action. <see cref="Line"/> points back into the study file for error messages.</summary>
public abstract record TaskStep
{
    /// <summary>1-based line of the step in the study file (0 when built in code).</summary>
    public int Line { get; init; }
}
