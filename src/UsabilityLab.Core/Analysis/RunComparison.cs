using UsabilityLab.Core.Metrics;

namespace UsabilityLab.Core.Analysis;

/// <summary>Two runs compared task by task (A − B, or A / B for times), e.g. after and before a redesign.</summary>
/// <param name="Tasks">Tasks present in both runs, in A's order.</param>
/// <param name="Sus">SUS difference (Welch t-test) when both runs have at least two complete sheets.</param>
/// <param name="SusNote">Why <paramref name="Sus"/> is missing, when it is.</param>
public sealed record RunComparison(IReadOnlyList<TaskComparison> Tasks, WelchResult? Sus, string? SusNote);
