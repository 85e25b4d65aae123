using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>A task's line in the executive summary.</summary>
public sealed record SummaryLine(string TaskId, string Title, TrafficLight Light, string Completion, string Time, string Verdict);
