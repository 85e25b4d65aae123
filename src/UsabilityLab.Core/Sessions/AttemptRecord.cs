namespace UsabilityLab.Core.Sessions;

/// <summary>
/// A finished task attempt as analysis sees it, whether recorded by the runner or imported from CSV.
/// Counts are null when the source does not know them (e.g. a paper session without click logging).
/// </summary>
public sealed record AttemptRecord
{
    /// <summary>Database id of the attempt (0 for imported rows not yet stored).</summary>
    public long Id { get; init; }

    /// <summary>Participant label (e.g. <c>P03</c>).</summary>
    public required string Participant { get; init; }

    /// <summary>Task id.</summary>
    public required string TaskId { get; init; }

    /// <summary>Outcome (the moderator's when given).</summary>
    public AttemptOutcome Outcome { get; init; }

    /// <summary>Outcome from the automatic criteria, when a moderator overrode it.</summary>
    public AttemptOutcome? AutomaticOutcome { get; init; }

    /// <summary>Why the attempt ended (free text).</summary>
    public string? Reason { get; init; }

    /// <summary>Time on task in seconds (participant time).</summary>
    public double TimeSeconds { get; init; }

    /// <summary>Clicks during the attempt.</summary>
    public int? Clicks { get; init; }

    /// <summary>Page visits (S in lostness).</summary>
    public int? PageVisits { get; init; }

    /// <summary>Unique pages visited (N in lostness).</summary>
    public int? UniquePages { get; init; }

    /// <summary>Optimal path length for this task (R in lostness), when known.</summary>
    public int? OptimalPages { get; init; }

    /// <summary>Errors (JS errors, failed requests, validation errors, misclicks) counted during the attempt.</summary>
    public int? Errors { get; init; }

    /// <summary>SEQ answer 1–7 after the task, if asked.</summary>
    public int? Seq { get; init; }

    /// <summary>Session start time offset of the attempt in ms (to slice events).</summary>
    public double StartMs { get; init; }

    /// <summary>Session time offset of the attempt end in ms.</summary>
    public double EndMs { get; init; }

    /// <summary>
    /// The lab could not put the participant where the task starts: a resume could not restore what their earlier
    /// tasks had done (a fresh browser has an empty cart), or the task's setup hook failed (the attempt then never ran).
    /// What happened is not the participant's result, so analysis leaves the attempt out and says so.
    /// </summary>
    public bool Unrestored { get; init; }
}
