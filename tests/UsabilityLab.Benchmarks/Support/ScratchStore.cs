using Microsoft.Data.Sqlite;
using UsabilityLab.Storage;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// Where a throwaway lab database goes, as <c>--db</c> names it: a new file in the run's temp folder (SQLite, which the
/// lab creates when it opens it) or a new, empty database on the throwaway PostgreSQL server (<see cref="TestPostgres"/>).
/// </summary>
internal sealed class ScratchStore
{
    private readonly TestPostgres? _postgres;

    private ScratchStore(StoreKind kind, string address, TestPostgres? postgres)
    {
        Kind = kind;
        Address = address;
        _postgres = postgres;
    }

    public StoreKind Kind { get; }

    /// <summary>The path or <c>postgresql://</c> URI (password included) to open.</summary>
    public string Address { get; }

    public static async Task<ScratchStore> NewAsync(TempFolder temp, StoreKind kind, string stem)
    {
        if (kind == StoreKind.Sqlite)
        {
            return new(kind, temp.NewFile(stem, ".db"), null);
        }

        var postgres = await TestPostgres.CreateAsync();
        return new(kind, postgres.Uri, postgres);
    }

    /// <summary>Deletes the database (the SQLite file with its WAL, or the PostgreSQL database), closing pooled connections first.</summary>
    public async Task DeleteAsync()
    {
        if (_postgres is null)
        {
            SqliteConnection.ClearAllPools();
            TempFolder.DeleteDatabase(Address);
            return;
        }

        // Dropping forces open connections closed anyway; clearing the pools first keeps them from failing later.
        Npgsql.NpgsqlConnection.ClearAllPools();
        await _postgres.DisposeAsync();
    }
}
