using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>A participant in the appendix; <paramref name="Device"/> is the Playwright device, when they used one.</summary>
public sealed record ParticipantLine(string Label, string Persona, string Status, int Succeeded, int Attempted, double TotalMinutes, double? Sus, int Signals, string? Device = null);
