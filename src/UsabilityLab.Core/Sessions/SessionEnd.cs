using UsabilityLab.Core.Events;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Core.Sessions;

/// <summary>How a session ended.</summary>
public enum SessionEnd
{
    /// <summary>All tasks attempted.</summary>
    Completed,

    /// <summary>The run was interrupted (Ctrl-C); resumable.</summary>
    Interrupted,

    /// <summary>The browser crashed or disconnected; what was recorded is kept.</summary>
    Crashed,

    /// <summary>A setup or teardown hook failed (the reason names it by FILE:LINE:COL); what was recorded is kept.</summary>
    HookFailed,
}
