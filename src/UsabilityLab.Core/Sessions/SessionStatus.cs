namespace UsabilityLab.Core.Sessions;

/// <summary>Lifecycle of one participant's session.</summary>
public enum SessionStatus
{
    /// <summary>Being recorded.</summary>
    Running,

    /// <summary>Every task was attempted.</summary>
    Completed,

    /// <summary>Stopped before the end (Ctrl-C); the participant is run again on resume.</summary>
    Interrupted,

    /// <summary>The browser or the page crashed; what was recorded is kept.</summary>
    Crashed,

    /// <summary>A setup or teardown hook failed, so the session ended (its reason says which).</summary>
    HookFailed,
}
