namespace UsabilityLab.Core.Metrics;

/// <summary>Mean Single Ease Question rating.</summary>
/// <param name="Mean">Mean rating, 1–7 (7 = very easy).</param>
/// <param name="Ci">t-based confidence interval clipped to [1, 7]; null for a single answer.</param>
/// <param name="N">Number of answers.</param>
public sealed record SeqSummary(double Mean, Interval? Ci, int N);
