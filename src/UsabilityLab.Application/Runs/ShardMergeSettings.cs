namespace UsabilityLab.Application.Runs;

/// <summary>What <see cref="ShardMerge"/> joins and where.</summary>
/// <param name="Output">The SQLite file the run is merged into (created when missing; it may hold other runs).</param>
/// <param name="Shards">The SQLite files the shards were recorded into (with <c>--shard K/N --run-key KEY</c>).</param>
public sealed record ShardMergeSettings(string Output, IReadOnlyList<string> Shards)
{
    /// <summary>The run to take from each file; null: each file's only sharded run (all of one key).</summary>
    public string? RunKey { get; init; }
}
