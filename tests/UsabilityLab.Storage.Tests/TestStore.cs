using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Storage.Tests;

/// <summary>
/// A fresh store of either kind for one test: a SQLite file in a temp folder, or a database of its own on the test
/// PostgreSQL server. Tests that hold for both stores take a <see cref="StoreKind"/> and run once with each
/// (<see cref="Kinds"/>).
/// </summary>
internal sealed class TestStore : IAsyncDisposable
{
    private readonly TempDatabase? _sqlite;
    private readonly TestPostgres? _postgres;

    private TestStore(TempDatabase? sqlite, TestPostgres? postgres)
    {
        _sqlite = sqlite;
        _postgres = postgres;
    }

    /// <summary>Both kinds, for <c>[MemberData]</c>.</summary>
    public static TheoryData<StoreKind> Kinds => new(StoreKind.Sqlite, StoreKind.PostgreSql);

    /// <summary>What <c>--db</c> would be given: the file's path or the database's URI.</summary>
    public string Address => _sqlite?.Path ?? _postgres!.Uri;

    /// <summary>The PostgreSQL database, for tests that look at it directly.</summary>
    public TestPostgres Postgres => _postgres ?? throw new InvalidOperationException("a SQLite store");

    public static async Task<TestStore> CreateAsync(StoreKind kind) =>
        kind == StoreKind.Sqlite ? new(new TempDatabase(), null) : new(null, await TestPostgres.CreateAsync());

    public Task<LabDatabase> OpenAsync() => LabDatabase.OpenAsync(Address);

    public async ValueTask DisposeAsync()
    {
        if (_sqlite is not null)
        {
            await _sqlite.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
