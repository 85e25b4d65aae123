using UsabilityLab.Core.Studies.Hooks;

namespace UsabilityLab.Core.Studies;

/// <summary>Participant count, RNG seed and persona mix (persona name → count).</summary>
public sealed record ParticipantPlan(int Count, int Seed, IReadOnlyDictionary<string, int> Personas)
{
    /// <summary>The plan used when a study file does not say: 5 typical participants, seed 1.</summary>
    public static ParticipantPlan Default { get; } = new(5, 1, new Dictionary<string, int> { ["typical"] = 5 });
}
