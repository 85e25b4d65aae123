namespace UsabilityLab.Core.Runs;

/// <summary>A participant as the report's appendix lists them; <paramref name="Device"/> is the Playwright device (null: the desktop browser).</summary>
public sealed record ParticipantSummary(string Label, string Persona, int Sessions, string Status, string? EndReason, string? Device = null);
