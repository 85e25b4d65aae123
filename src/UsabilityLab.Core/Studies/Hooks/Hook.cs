namespace UsabilityLab.Core.Studies.Hooks;

/// <summary>
/// Something the lab does around a run, a participant or a task to put the site into a known state (sign in, reset a
/// staging database): browser steps, an HTTP request or a command. What a hook does is never recorded as anyone's.
/// </summary>
public abstract record Hook
{
    /// <summary>How long a hook may take when the study does not say: long enough for a reset script, short enough
    /// that a hung endpoint is noticed.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Longest timeout a study may give a hook: a hook that needs more than an hour is a typo or a job of its own.</summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromHours(1);

    /// <summary>Where the hook is written, <c>FILE:LINE:COL</c>, so that the line saying it failed points into the study.</summary>
    public string Source { get; init; } = "";

    /// <summary>After this much (wall) time the hook is stopped and counts as failed.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;
}
