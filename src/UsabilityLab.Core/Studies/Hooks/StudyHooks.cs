namespace UsabilityLab.Core.Studies.Hooks;

/// <summary>
/// The study's <c>setup</c> and <c>teardown</c> hooks. A level's teardown runs once its setup has started, however
/// what it wraps ended (a failed setup, a crash, Ctrl-C), so that it can clean up after a partial setup too.
/// </summary>
/// <param name="Setup">Run before each level starts.</param>
/// <param name="Teardown">Run after each level ended.</param>
public sealed record StudyHooks(HookPlan Setup, HookPlan Teardown)
{
    /// <summary>No hooks.</summary>
    public static StudyHooks None { get; } = new(HookPlan.None, HookPlan.None);

    /// <summary>Whether a setup or teardown hook of <paramref name="level"/> runs browser steps (run-level ones need a browser of their own).</summary>
    public bool HasSteps(HookLevel level) => Setup.At(level).Concat(Teardown.At(level)).Any(h => h is StepsHook);
}
