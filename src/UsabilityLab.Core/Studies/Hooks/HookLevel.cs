namespace UsabilityLab.Core.Studies.Hooks;

/// <summary>What a hook runs around.</summary>
public enum HookLevel
{
    /// <summary>Once per run (each invocation of a run, a resumed one too), before the first participant and after the last.</summary>
    Run,

    /// <summary>Around each participant's session; a resumed participant's setup runs again, before their earlier tasks are replayed.</summary>
    Participant,

    /// <summary>Around each task's attempt, outside the attempt (its time and events).</summary>
    Task,
}
