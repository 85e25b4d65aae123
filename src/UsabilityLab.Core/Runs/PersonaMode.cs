namespace UsabilityLab.Core.Runs;

/// <summary>How participants behave.</summary>
public enum PersonaMode
{
    /// <summary>Follow the steps with a fixed short think time and no deviations (reproducible QA mode).</summary>
    Exact,

    /// <summary>Draw participants from the study's persona mix with a seeded RNG.</summary>
    Mixed,
}
