namespace UsabilityLab.Core.Sessions;

/// <summary>How a task attempt ended.</summary>
public enum AttemptOutcome
{
    /// <summary>All success criteria held.</summary>
    Success,
    /// <summary>Time limit reached or steps exhausted without success.</summary>
    Failed,
    /// <summary>The participant gave up.</summary>
    Abandoned,
    /// <summary>Target unreachable or a step's selector never matched.</summary>
    Error,
    /// <summary>The page or browser died.</summary>
    Crashed,
    /// <summary>The run was interrupted (Ctrl-C) during this attempt; resumable.</summary>
    Interrupted,
}
