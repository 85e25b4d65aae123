namespace UsabilityLab.Core.Runs;

/// <summary>A task as it was defined when the run started (studies change; runs must stay interpretable).</summary>
/// <param name="Id">The task's id in the study.</param>
/// <param name="Title">Its title.</param>
/// <param name="Prompt">What participants were asked to do.</param>
/// <param name="TimeLimitSeconds">Its time limit.</param>
/// <param name="GoldenPathClicks">Clicks on its golden path.</param>
/// <param name="OptimalPath">The pages of its optimal path, in order.</param>
public sealed record StoredTask(string Id, string Title, string Prompt, double TimeLimitSeconds, int GoldenPathClicks, IReadOnlyList<string> OptimalPath);
