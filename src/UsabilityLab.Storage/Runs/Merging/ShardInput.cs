namespace UsabilityLab.Storage.Runs.Merging;

/// <summary>One SHARD.db as staged for the merge.</summary>
/// <param name="Path">Its full path.</param>
/// <param name="Source">Its place among the inputs (0 for the first): the staged rows' <see cref="MergeSql.Source"/>.</param>
/// <param name="Run">The sharded run taken from it.</param>
/// <param name="Shards">The shards (K) of that run it holds, each with a row of its own.</param>
internal sealed record ShardInput(string Path, int Source, KeyedRun Run, IReadOnlyList<int> Shards)
{
    /// <summary>The file's name, as messages name it.</summary>
    public string Name => System.IO.Path.GetFileName(Path);
}
