namespace UsabilityLab.Application.Dashboard;

/// <summary>A study's page: its runs, newest first, and each task's trend across them, oldest first.</summary>
/// <param name="Name">Study name.</param>
/// <param name="Runs">Its runs, newest first.</param>
/// <param name="Tasks">One trend per task.</param>
/// <param name="SusChart">SUS across runs (inline SVG); null when no run measured it.</param>
/// <param name="TrendRuns">How many of the latest runs the trends show.</param>
public sealed record StudyHistory(string Name, IReadOnlyList<StudyRun> Runs, IReadOnlyList<TaskTrend> Tasks, string? SusChart, int TrendRuns);
