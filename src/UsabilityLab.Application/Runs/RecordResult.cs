using UsabilityLab.Core.Runs;
using UsabilityLab.Storage;

namespace UsabilityLab.Application.Runs;

/// <summary>A recorded run: where it is stored and how this recording ended (completed, or interrupted and resumable).</summary>
public sealed record RecordResult(LabStore Store, long RunId, RunStatus Status)
{
    /// <summary>
    /// For a shard that ended before others of its run: the shards the run still waits for ("shards 1, 3 of 4 not
    /// finished", recording ones included), whose results are not all in the run yet. Null when the run is whole (or
    /// not sharded).
    /// </summary>
    public string? ShardsMissing { get; init; }
}
