namespace UsabilityLab.Storage.Runs.Merging;

/// <summary>What a copied row that another shard (or the output) has too, by the table's unique key within the run, means.</summary>
internal enum MergeDuplicates
{
    /// <summary>A contradiction the merge refuses before writing (a participant in two shards, a shard twice).</summary>
    Refused,

    /// <summary>The same thing recorded twice (a task's definition, a page's backdrop): the first one is kept.</summary>
    FirstKept,
}
