using UsabilityLab.Core.Metrics;

namespace UsabilityLab.Core.Analysis;

/// <summary>Two runs compared task by task (A − B, or A / B for times), e.g. after and before a redesign.</summary>
/// <param name="Tasks">Tasks present in both runs, in A's order.</param>
/// <param name="Sus">SUS difference (Welch t-test) when both runs have at least two complete sheets.</param>
/// <param name="SusNote">Why <paramref name="Sus"/> is missing, when it is.</param>
public sealed record RunComparison(IReadOnlyList<TaskComparison> Tasks, WelchResult? Sus, string? SusNote);

/// <summary>One task in two runs.</summary>
/// <param name="Id">Task id.</param>
/// <param name="Title">Task title.</param>
/// <param name="Completion">Difference in completion rate, N−1 two-proportion test; null without attempts on both sides.</param>
/// <param name="Time">Ratio of geometric mean times of successful attempts, Welch t-test on log times; null with fewer than two successes per side or identical times.</param>
/// <param name="TimeNote">Why <paramref name="Time"/> is missing, when it is.</param>
public sealed record TaskComparison(string Id, string? Title, ProportionDifference? Completion, TimeRatio? Time, string? TimeNote);
