using UsabilityLab.Core.Runs;

namespace UsabilityLab.Storage.Entities;

/// <summary>One execution of a study (scripted, moderated or imported).</summary>
internal sealed class RunRow
{
    public long Id { get; set; }
    public long StudyId { get; set; }
    public StudyRow? Study { get; set; }
    public RunStatus Status { get; set; }
    public RunMode Mode { get; set; }
    public required string Target { get; set; }
    public string? PersonaMode { get; set; }
    public int Seed { get; set; }
    public int Workers { get; set; }
    public int ParticipantsPlanned { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? BrowserVersion { get; set; }

    /// <summary>Why the run ended as it did, when that is not plain (e.g. "process gone").</summary>
    public string? EndReason { get; set; }

    /// <summary>The process recording the run (host:pid:start), while it records.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>When that process last said it is alive (Unix ms); a run without a recent one has lost its process.</summary>
    public long? HeartbeatUnixMs { get; set; }

    /// <summary>The key every shard of a sharded run is given (<c>--run-key</c>); null for a run recorded in one go.</summary>
    public string? RunKey { get; set; }

    /// <summary>N, the shards the run is split into; null for a run recorded in one go.</summary>
    public int? ShardCount { get; set; }
    public List<RunShardRow> Shards { get; } = [];
    public List<TaskDefinitionRow> Tasks { get; } = [];
    public List<ParticipantRow> Participants { get; } = [];
}
