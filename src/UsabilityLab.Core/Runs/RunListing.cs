namespace UsabilityLab.Core.Runs;

/// <summary>One run as <c>lab runs</c> lists it.</summary>
/// <param name="Id">Run id.</param>
/// <param name="Study">Study name.</param>
/// <param name="Mode">Scripted, moderated or imported.</param>
/// <param name="Status">Recording, completed, interrupted or failed.</param>
/// <param name="EndReason">Why it ended as it did, when that is not plain (<see cref="RunStatusText.ProcessGone"/>).</param>
/// <param name="ParticipantsDone">Participants who attempted every task.</param>
/// <param name="ParticipantsPlanned">Participants planned.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended; null while it records.</param>
public sealed record RunListing(long Id, string Study, RunMode Mode, RunStatus Status, string? EndReason, int ParticipantsDone, int ParticipantsPlanned, DateTimeOffset StartedAt, DateTimeOffset? EndedAt)
{
    /// <summary>The status as people read it: recording, completed, interrupted, interrupted (process gone), failed.</summary>
    public string StatusText => RunStatusText.Of(Status, EndReason);

    /// <summary>The key its shards were given (<c>--run-key</c>); null for a run recorded in one go.</summary>
    public string? RunKey { get; init; }

    /// <summary>N, the shards it is split into; null for a run recorded in one go.</summary>
    public int? ShardCount { get; init; }

    /// <summary>How many of its shards have finished.</summary>
    public int ShardsDone { get; init; }

    /// <summary>"2/4 KEY" for a sharded run (shards done of all, and its key); null for a run recorded in one go.</summary>
    public string? ShardsText => ShardCount is { } count ? $"{ShardsDone}/{count} {RunKey}" : null;
}
