namespace UsabilityLab.Storage.Runs.Merging;

/// <summary>How <see cref="ShardMerger"/> brings a table's rows of a run into the output.</summary>
internal enum MergeRole
{
    /// <summary>The study: the output's row of the same name and file hash is reused, else the first input's is added.</summary>
    Reused,

    /// <summary>The run itself: one row in the output (found by its key, or added once) that every input's rows point to.</summary>
    Single,

    /// <summary>Rows copied from every input with their ids moved past the output's.</summary>
    Copied,
}
