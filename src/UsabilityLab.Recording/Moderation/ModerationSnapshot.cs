namespace UsabilityLab.Recording.Moderation;

/// <summary>Everything the moderator's console shows about the session at one moment.</summary>
public sealed record ModerationSnapshot
{
    /// <summary>Study name.</summary>
    public required string Study { get; init; }

    /// <summary>Participant label.</summary>
    public required string Participant { get; init; }

    /// <summary>Where the session stands.</summary>
    public required ModerationStatus Status { get; init; }

    /// <summary>Why the browser was lost or how the session ended.</summary>
    public string? StatusDetail { get; init; }

    /// <summary>What the participant's panel shows.</summary>
    public required ModerationPhase Phase { get; init; }

    /// <summary>The task shown or running, if any.</summary>
    public TaskView? Task { get; init; }

    /// <summary>The task that "start next task" would show, if any is left.</summary>
    public TaskView? NextTask { get; init; }

    /// <summary>True while the moderator has paused the task clock.</summary>
    public bool Paused { get; init; }

    /// <summary>Current session (database id), the one notes and frames go to.</summary>
    public long? SessionId { get; init; }

    /// <summary>Milliseconds on the current session's timeline.</summary>
    public double SessionMs { get; init; }

    /// <summary>Active (unpaused) milliseconds of the running task.</summary>
    public double TaskActiveMs { get; init; }

    /// <summary>Wall clock (Unix ms) at which the times above were taken, so a console can keep them ticking.</summary>
    public double WallMs { get; init; }

    /// <summary>This participant's attempts so far, oldest first.</summary>
    public IReadOnlyList<AttemptView> Attempts { get; init; } = [];

    /// <summary>Screen frames stored in the current session.</summary>
    public int FramesStored { get; init; }

    /// <summary>Bytes of those frames.</summary>
    public long FrameBytes { get; init; }

    /// <summary>True once the session's frame storage cap is reached (the live view goes on).</summary>
    public bool FrameCapReached { get; init; }

    /// <summary>Audio clip being recorded, if any.</summary>
    public long? AudioClipId { get; init; }
}
