using UsabilityLab.Storage;

namespace UsabilityLab.Application;

/// <summary>
/// The lab's store as the commands and the web host see it: opened once, handed to each use case. How runs are kept
/// (a SQLite file or a PostgreSQL database, its rows and queries) is the use cases' and Storage's business, never a command's.
/// </summary>
public sealed class LabStore
{
    internal LabStore(LabDatabase database) => Database = database;

    internal LabDatabase Database { get; }

    /// <summary>Where the store is, as people are told: the SQLite file's full path, or <c>postgresql://user@host:port/db</c> (never a password).</summary>
    public string Location => Database.Location;

    /// <summary>Opens an existing store (<c>--db</c>, else <c>USABILITYLAB_DB</c>, else the default: a SQLite path, a <c>postgresql://</c> URI or an Npgsql connection string); a missing one is an input error.</summary>
    public static async Task<LabStore> OpenExistingAsync(string? location, CancellationToken cancellationToken) =>
        new(await LabDatabase.OpenExistingAsync(location, cancellationToken));

    /// <summary>Opens the store, creating it when missing (recording and importing do).</summary>
    public static async Task<LabStore> OpenAsync(string? location, CancellationToken cancellationToken) =>
        new(await LabDatabase.OpenAsync(location, cancellationToken));
}
