using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Storage.Entities;

/// <summary>One participant's attempt at one task.</summary>
internal sealed class TaskAttemptRow
{
    public long Id { get; set; }
    public long SessionId { get; set; }
    public SessionRow? Session { get; set; }
    public required string TaskKey { get; set; }
    public AttemptOutcome Outcome { get; set; }

    /// <summary>The automatic criteria's outcome when a moderator overrode it.</summary>
    public AttemptOutcome? AutomaticOutcome { get; set; }
    public string? Reason { get; set; }
    public double StartMs { get; set; }
    public double EndMs { get; set; }
    public int? Clicks { get; set; }
    public int? PageVisits { get; set; }
    public int? UniquePages { get; set; }
    public int? OptimalPages { get; set; }
    public int? Errors { get; set; }
    public int? Seq { get; set; }

    /// <summary>Run after a resume that could not restore what the participant's earlier tasks had done: not the
    /// participant's result, so analysis leaves it out.</summary>
    public bool Unrestored { get; set; }
}
