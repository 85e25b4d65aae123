using UsabilityLab.Core.Runs;
using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Application.Dashboard;

/// <summary>A study on the dashboard's first page.</summary>
/// <param name="Name">Study name.</param>
/// <param name="RunCount">Runs stored.</param>
/// <param name="Latest">Its latest run.</param>
/// <param name="Lights">The latest run's traffic light per task.</param>
/// <param name="GatesPassed">Whether the latest run passed its gates; null when the study has none.</param>
/// <param name="Sparkline">Mean completion across the latest runs, oldest first (inline SVG).</param>
public sealed record StudyOverview(string Name, int RunCount, RunListing Latest, IReadOnlyList<TaskLight> Lights, bool? GatesPassed, string Sparkline);
