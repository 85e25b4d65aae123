namespace UsabilityLab.Core.Runs;

/// <summary>
/// What <c>lab merge OUT.db SHARD.db…</c> did: the run of <see cref="RunKey"/> in the output, the shards it holds now
/// (those merged this time and those it held already) and what is still missing.
/// </summary>
/// <param name="RunKey">The key the shards were recorded with (<c>--run-key</c>).</param>
/// <param name="Location">The output database, as people are told (its full path).</param>
/// <param name="RunId">The run's id in the output.</param>
/// <param name="ShardCount">N, the shards the run is split into.</param>
/// <param name="Shards">The shards the output's run holds now, by K.</param>
/// <param name="Participants">Participants of the run in the output.</param>
/// <param name="Attempts">Task attempts of the run in the output.</param>
/// <param name="Status">The run's status after the merge: completed once all N shards have, otherwise interrupted.</param>
/// <param name="EndReason">For an incomplete run, the shards it waits for ("shards 2, 4 of 4 not finished").</param>
public sealed record ShardMergeSummary(
    string RunKey,
    string Location,
    long RunId,
    int ShardCount,
    IReadOnlyList<MergedShard> Shards,
    int Participants,
    int Attempts,
    RunStatus Status,
    string? EndReason)
{
    /// <summary>The shards this merge added (those the output held already, unchanged, are not among them).</summary>
    public IReadOnlyList<int> Added => [.. Shards.Where(s => s.Source is not null).Select(s => s.Index)];

    /// <summary>The shards of 1..N that are in no input and not in the output.</summary>
    public IReadOnlyList<int> Absent => [.. Enumerable.Range(1, ShardCount).Except(Shards.Select(s => s.Index))];

    /// <summary>Shards that are there but did not finish (interrupted, failed): their participants' results are partial.</summary>
    public IReadOnlyList<MergedShard> Unfinished => [.. Shards.Where(s => !s.Finished)];

    /// <summary>Whether every shard of the run has finished: the run reads as completed.</summary>
    public bool Complete => Status == RunStatus.Completed;
}
