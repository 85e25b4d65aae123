namespace UsabilityLab.Storage.Runs.Merging;

/// <summary>
/// How one entity's rows of a run are found in a shard database and copied into the output (<see cref="MergePlan"/>),
/// in the entity's property names; <see cref="MergeTableSql"/> turns it into the table's SQL through the EF Core model.
/// </summary>
internal sealed record MergeTable
{
    /// <summary>The entity (its row type).</summary>
    public required Type Entity { get; init; }

    /// <summary>Whether its rows are reused, single or copied.</summary>
    public required MergeRole Role { get; init; }

    /// <summary>
    /// The property pointing at the row it belongs to (a participant's run, an event's session): a row is the run's when
    /// its parent is. Null for the study and the run.
    /// </summary>
    public string? Scope { get; init; }

    /// <summary>
    /// Every property holding another row's id, with that row's entity (the scope's included): moved as that table's ids
    /// are. A column that names a row without an EF Core foreign key (an event's attempt) is listed all the same.
    /// </summary>
    public IReadOnlyDictionary<string, Type> References { get; init; } = new Dictionary<string, Type>();

    /// <summary>The property holding the shard (K) a row belongs to; null when the shard comes from its parent.</summary>
    public string? ShardProperty { get; init; }

    /// <summary>The run's rows rather than a shard's (task definitions, backdrops): every shard database has them.</summary>
    public bool RunWide { get; init; }

    /// <summary>What a row whose unique key the output or an earlier input has already means.</summary>
    public MergeDuplicates Duplicates { get; init; } = MergeDuplicates.Refused;
}
