namespace UsabilityLab.Core.Studies.Hooks;

/// <summary>The hooks of one phase (setup or teardown) at each level, each list run in order.</summary>
/// <param name="Run">Around the whole run.</param>
/// <param name="Participant">Around each participant.</param>
/// <param name="Task">Around each task.</param>
public sealed record HookPlan(IReadOnlyList<Hook> Run, IReadOnlyList<Hook> Participant, IReadOnlyList<Hook> Task)
{
    /// <summary>No hooks.</summary>
    public static HookPlan None { get; } = new([], [], []);

    /// <summary>The hooks of <paramref name="level"/>.</summary>
    public IReadOnlyList<Hook> At(HookLevel level) => level switch
    {
        HookLevel.Run => Run,
        HookLevel.Participant => Participant,
        _ => Task,
    };
}
