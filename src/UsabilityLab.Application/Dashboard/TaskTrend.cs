namespace UsabilityLab.Application.Dashboard;

/// <summary>One task across a study's runs.</summary>
/// <param name="TaskId">Task id.</param>
/// <param name="Title">Task title.</param>
/// <param name="CompletionChart">Completion rate with its 95 % interval per run (inline SVG).</param>
/// <param name="TimeChart">Time on task, geometric mean of successes with its interval, per run (inline SVG).</param>
/// <param name="Gate">The task's gate as written ("successRate >= 0.8"), when it has one.</param>
public sealed record TaskTrend(string TaskId, string Title, string CompletionChart, string TimeChart, string? Gate);
