using UsabilityLab.Core.Runs;

namespace UsabilityLab.Storage.Entities;

/// <summary>
/// One shard of a sharded run (<c>--shard K/N --run-key KEY</c>): its own status and its recording process's lease, so
/// shards on different machines record into one run, and a shard whose process died is told from one still recording.
/// </summary>
internal sealed class RunShardRow
{
    public long Id { get; set; }
    public long RunId { get; set; }

    /// <summary>K, from 1.</summary>
    public int Shard { get; set; }
    public RunStatus Status { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Why the shard ended as it did, when that is not plain.</summary>
    public string? EndReason { get; set; }

    /// <summary>The process recording the shard (host:pid:start), while it records.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>When that process last said it is alive (Unix ms).</summary>
    public long? HeartbeatUnixMs { get; set; }
}
