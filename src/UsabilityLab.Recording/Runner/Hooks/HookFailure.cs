using UsabilityLab.Core.Studies.Hooks;

namespace UsabilityLab.Recording.Runner.Hooks;

/// <summary>A hook that failed, and why: <see cref="Line"/> is the one line that says so, located in the study.</summary>
/// <param name="Hook">The hook.</param>
/// <param name="Level">Where it ran.</param>
/// <param name="Phase">Setup or teardown.</param>
/// <param name="Problem">What it did and what went wrong, e.g. "request POST http://… answered 500 …".</param>
internal sealed record HookFailure(Hook Hook, HookLevel Level, HookPhase Phase, string Problem)
{
    /// <summary><c>FILE:LINE:COL: participant setup failed: request POST … answered 500 …</c></summary>
    public string Line => $"{Hook.Source}: {Level.ToString().ToLowerInvariant()} {Phase.ToString().ToLowerInvariant()} failed: {Problem}";

    /// <summary>The reason of a task's attempt that its setup kept from running.</summary>
    public string AttemptReason => $"setup failed: {Hook.Source}: {Problem}";
}
