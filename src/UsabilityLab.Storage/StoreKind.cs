namespace UsabilityLab.Storage;

/// <summary>Which database holds the lab's runs.</summary>
public enum StoreKind
{
    /// <summary>An embedded SQLite file (the default): one machine, nothing to run.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database on a server: the team store, shared by many machines.</summary>
    PostgreSql,
}
