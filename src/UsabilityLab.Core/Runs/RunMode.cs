namespace UsabilityLab.Core.Runs;

/// <summary>How the sessions of a run were produced.</summary>
public enum RunMode
{
    /// <summary>Simulated participants (or the exact persona) following the study's steps.</summary>
    Scripted,

    /// <summary>People, with a moderator.</summary>
    Moderated,

    /// <summary>Results imported from a CSV (outcomes, times, answers; no events).</summary>
    Imported,
}
