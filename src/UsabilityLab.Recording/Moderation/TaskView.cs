namespace UsabilityLab.Recording.Moderation;

/// <summary>A task as the console shows it.</summary>
/// <param name="Index">1-based position in the study.</param>
/// <param name="Count">Tasks in the study.</param>
/// <param name="Id">Task id.</param>
/// <param name="Title">Short title.</param>
/// <param name="Prompt">The prompt the participant reads.</param>
/// <param name="TimeLimitSeconds">The task's time limit.</param>
public sealed record TaskView(int Index, int Count, string Id, string Title, string Prompt, double TimeLimitSeconds);
