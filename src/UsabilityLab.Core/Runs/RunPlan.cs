namespace UsabilityLab.Core.Runs;

/// <summary>
/// A run as it is about to be stored: how it records, against what, with whom. The store adds the study text and the
/// task definitions, and reads the run back as a <see cref="StoredRun"/>.
/// </summary>
public sealed record RunPlan
{
    /// <summary>Scripted, moderated or imported.</summary>
    public required RunMode Mode { get; init; }

    /// <summary>The site the run records against, as resolved when it starts.</summary>
    public required string Target { get; init; }

    /// <summary>When it started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>How it stands when stored: recording, unless a fixture stores a finished run in one go.</summary>
    public RunStatus Status { get; init; } = RunStatus.Running;

    /// <summary>When it ended; null while it records.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>exact or mixed for scripted runs; null otherwise.</summary>
    public string? PersonaMode { get; init; }

    /// <summary>The seed participants are drawn with.</summary>
    public int Seed { get; init; }

    /// <summary>Participants recorded in parallel.</summary>
    public int Workers { get; init; }

    /// <summary>Participants planned.</summary>
    public int ParticipantsPlanned { get; init; }
}
