using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>A row of a task's metrics table.</summary>
public sealed record MetricRow(string Name, string Value, string Interval, string Note);
