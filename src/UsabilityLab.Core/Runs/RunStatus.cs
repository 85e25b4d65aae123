namespace UsabilityLab.Core.Runs;

/// <summary>Lifecycle of a run.</summary>
public enum RunStatus
{
    /// <summary>Being recorded (or its process is gone and nobody has noticed yet: <see cref="RunStatusText"/>).</summary>
    Running,

    /// <summary>Every planned participant was run.</summary>
    Completed,

    /// <summary>Stopped before the end (Ctrl-C, a lost process); what was recorded is kept and the run can be resumed.</summary>
    Interrupted,

    /// <summary>Ended by a failure that was nobody's doing on the page (the store could not write).</summary>
    Failed,
}
