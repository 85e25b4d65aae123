using System.Data.Common;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Providers;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>A raw ADO.NET connection to either store, for the yardsticks that bypass the lab: SQLite with the lab's pragmas, PostgreSQL as the lab connects.</summary>
internal static class StoreConnection
{
    public static async Task<DbConnection> OpenAsync(LabDatabase database, CancellationToken ct = default) => database.Provider switch
    {
        SqliteStore sqlite => await sqlite.OpenConnectionAsync(ct),
        PostgresStore postgres => await postgres.OpenConnectionAsync(ct),
        var other => throw new NotSupportedException($"no raw connection for {other.Kind}"),
    };
}
