using UsabilityLab.Core.Personas;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Recording.Runner;

/// <summary>A participant to simulate: label, persona, its own RNG seed, and the Playwright device it uses (null: the desktop browser).</summary>
public sealed record PlannedParticipant(string Label, PersonaProfile Persona, int Seed, string? Device = null);
