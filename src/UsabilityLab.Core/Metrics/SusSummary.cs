namespace UsabilityLab.Core.Metrics;

/// <summary>Mean SUS score of a group of participants.</summary>
/// <param name="Mean">Mean score, 0–100.</param>
/// <param name="Ci">t-based confidence interval, clipped to [0, 100]; null for a single sheet.</param>
/// <param name="Grade">Sauro–Lewis curved grade of the mean (A+ … F).</param>
/// <param name="N">Number of answer sheets.</param>
public sealed record SusSummary(double Mean, Interval? Ci, string Grade, int N);
