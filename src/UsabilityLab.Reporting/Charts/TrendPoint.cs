using UsabilityLab.Core.Metrics;

namespace UsabilityLab.Reporting.Charts;

/// <summary>One run's value in a trend across runs.</summary>
/// <param name="Label">The run as the x axis names it, e.g. <c>#12</c>.</param>
/// <param name="Value">The estimate; null when the run has no measurement (drawn as a gap, never as zero).</param>
/// <param name="Ci">Its 95 % interval, when there is one.</param>
/// <param name="GateFailed">The task's gate failed in this run: the point is drawn as a red cross.</param>
/// <param name="Flagged">The run differs significantly from the run before it: the point is ringed.</param>
public sealed record TrendPoint(string Label, double? Value, Interval? Ci, bool GateFailed = false, bool Flagged = false);
