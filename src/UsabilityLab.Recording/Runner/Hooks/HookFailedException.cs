using UsabilityLab.Core.Errors;

namespace UsabilityLab.Recording.Runner.Hooks;

/// <summary>
/// A run-level hook failed. A setup failure stops the run before any participant (nothing was recorded); a teardown
/// failure comes after every participant's results were stored, which stand: only the site may not be clean.
/// </summary>
public sealed class HookFailedException : EnvironmentProblemException
{
    /// <summary>Creates the exception with the one line that names the hook (<c>FILE:LINE:COL: run setup failed: …</c>).</summary>
    public HookFailedException(string message, bool afterRun) : base(message) => AfterRun = afterRun;

    /// <summary>For serializers and analyzers.</summary>
    public HookFailedException() : base("a run hook failed") { }

    /// <summary>For serializers and analyzers.</summary>
    public HookFailedException(string message) : base(message) { }

    /// <summary>For serializers and analyzers.</summary>
    public HookFailedException(string message, Exception inner) : base(message, inner) { }

    /// <summary>True when the run's teardown failed, after the run's results were stored.</summary>
    public bool AfterRun { get; }
}
