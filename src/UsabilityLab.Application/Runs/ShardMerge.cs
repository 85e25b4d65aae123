using UsabilityLab.Core.Runs;
using UsabilityLab.Storage.Runs.Merging;

namespace UsabilityLab.Application.Runs;

/// <summary>
/// The merge use case (<c>lab merge OUT.db SHARD.db…</c>): the shards of one run key, recorded on several machines into
/// SQLite files of their own, become one run in OUT.db, as if they had recorded into one database. A run recorded into
/// PostgreSQL needs none: its shards share that database.
/// </summary>
public static class ShardMerge
{
    /// <summary>Merges and says what OUT.db's run holds now; bad input is one line (exit 2), and leaves OUT.db as it was.</summary>
    public static Task<ShardMergeSummary> MergeAsync(ShardMergeSettings settings, CancellationToken ct) =>
        ShardMerger.MergeAsync(settings.Output, settings.Shards, settings.RunKey, ct);
}
