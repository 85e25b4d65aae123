namespace UsabilityLab.Recording.Moderation;

/// <summary>An attempt as the console lists it.</summary>
/// <param name="Id">Attempt id.</param>
/// <param name="TaskId">Task id.</param>
/// <param name="Title">Task title.</param>
/// <param name="Outcome">Outcome (lower case), or <c>running</c>.</param>
/// <param name="AutomaticOutcome">The automatic criteria's outcome when the moderator overrode it.</param>
/// <param name="Reason">Why it ended.</param>
/// <param name="TimeSeconds">Active time on task (pauses excluded).</param>
/// <param name="Seq">SEQ answer, once given.</param>
public sealed record AttemptView(long Id, string TaskId, string Title, string Outcome, string? AutomaticOutcome, string? Reason, double TimeSeconds, int? Seq);
