using UsabilityLab.Core.Metrics;

namespace UsabilityLab.Core.Analysis;

/// <summary>One task in two runs.</summary>
/// <param name="Id">Task id.</param>
/// <param name="Title">Task title.</param>
/// <param name="Completion">Difference in completion rate, N−1 two-proportion test; null without attempts on both sides.</param>
/// <param name="Time">Ratio of geometric mean times of successful attempts, Welch t-test on log times; null with fewer than two successes per side or identical times.</param>
/// <param name="TimeNote">Why <paramref name="Time"/> is missing, when it is.</param>
public sealed record TaskComparison(string Id, string? Title, ProportionDifference? Completion, TimeRatio? Time, string? TimeNote);
