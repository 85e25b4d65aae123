using UsabilityLab.Core.Metrics;

namespace UsabilityLab.Reporting.Charts;

/// <summary>A vertical reference line (threshold) with its label.</summary>
public sealed record ReferenceLine(double X, string Label);
