using Microsoft.Data.Sqlite;
using UsabilityLab.Storage;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Application.Tests.Support;

/// <summary>A new, empty store of either kind for one test: a SQLite file in a temp folder, or a database of its own on the test PostgreSQL server.</summary>
public sealed class EmptyStore : IAsyncDisposable
{
    private readonly DirectoryInfo _folder;
    private readonly TestPostgres? _postgres;

    private EmptyStore(DirectoryInfo folder, TestPostgres? postgres, LabStore store)
    {
        _folder = folder;
        _postgres = postgres;
        Store = store;
    }

    /// <summary>Both kinds, for <c>[MemberData]</c>.</summary>
    public static TheoryData<StoreKind> Kinds => new(StoreKind.Sqlite, StoreKind.PostgreSql);

    /// <summary>The store the use cases are given.</summary>
    public LabStore Store { get; }

    /// <summary>The SQLite file (under <see cref="Folder"/>); unused for PostgreSQL.</summary>
    public string SqlitePath => Path.Combine(_folder.FullName, "lab.db");

    /// <summary>Where a test may write its files; deleted with the store.</summary>
    public string Folder => _folder.FullName;

    public static async Task<EmptyStore> CreateAsync(StoreKind kind = StoreKind.Sqlite)
    {
        var folder = Directory.CreateTempSubdirectory("lab-app-");
        var postgres = kind == StoreKind.PostgreSql ? await TestPostgres.CreateAsync() : null;
        var store = await LabStore.OpenAsync(postgres?.Uri ?? Path.Combine(folder.FullName, "lab.db"), CancellationToken.None);
        return new EmptyStore(folder, postgres, store);
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
