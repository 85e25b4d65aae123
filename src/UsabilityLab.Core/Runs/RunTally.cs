using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Core.Runs;

/// <summary>How a run's attempts ended, as the summary after a run counts them (no events, no answers).</summary>
/// <param name="TaskIds">The run's tasks in order.</param>
/// <param name="Personas">Each participant's persona.</param>
/// <param name="Attempts">Every attempt, interrupted and unrestored ones included.</param>
/// <param name="HookFailures">Participants whose session a setup or teardown hook ended, with the hook's message.</param>
public sealed record RunTally(
    IReadOnlyList<string> TaskIds,
    IReadOnlyList<string> Personas,
    IReadOnlyList<TalliedAttempt> Attempts,
    IReadOnlyList<HookFailure> HookFailures);
