namespace UsabilityLab.Core.Runs;

/// <summary>One shard of a run after <c>lab merge</c>: its K, how it ended, and where it came from.</summary>
/// <param name="Index">K, from 1.</param>
/// <param name="Status">How the shard's recording ended (completed, interrupted, failed).</param>
/// <param name="EndReason">Why, when that is not plain (<see cref="RunStatusText.ProcessGone"/>).</param>
/// <param name="Source">The shard database it was merged from; null when the output held it already.</param>
public sealed record MergedShard(int Index, RunStatus Status, string? EndReason, string? Source)
{
    /// <summary>Whether the shard counts towards the run: only a completed shard does.</summary>
    public bool Finished => Status == RunStatus.Completed;

    /// <summary>Its status as people read it: completed, interrupted, interrupted (process gone), failed.</summary>
    public string StatusText => RunStatusText.Of(Status, EndReason);
}
