using Microsoft.Data.Sqlite;
using UsabilityLab.Core.Import;
using UsabilityLab.Storage;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Application.Tests.Support;

/// <summary>
/// A temporary database of either kind (SQLite by default) holding one run imported from CSV: stored attempts, no
/// events, no browser needed.
/// </summary>
public sealed class ImportedRun : IAsyncDisposable
{
    private readonly DirectoryInfo _folder;
    private readonly TestPostgres? _postgres;

    private ImportedRun(DirectoryInfo folder, TestPostgres? postgres, LabDatabase database, long runId)
    {
        _folder = folder;
        _postgres = postgres;
        Store = new LabStore(database);
        RunId = runId;
    }

    /// <summary>The store the use cases are given.</summary>
    public LabStore Store { get; }

    public long RunId { get; }

    /// <summary>Where a test may write its files; deleted with the database.</summary>
    public string Folder => _folder.FullName;

    /// <summary>Both kinds, for <c>[MemberData]</c>.</summary>
    public static TheoryData<StoreKind> Kinds => new(StoreKind.Sqlite, StoreKind.PostgreSql);

    public static async Task<ImportedRun> CreateAsync(string outcomesCsv, StoreKind kind = StoreKind.Sqlite)
    {
        var folder = Directory.CreateTempSubdirectory("lab-app-");
        var csv = Path.Combine(folder.FullName, "outcomes.csv");
        await File.WriteAllTextAsync(csv, outcomesCsv);
        var data = ResultsCsv.Parse(csv, ImportKind.Outcomes);
        Assert.True(data.IsValid, string.Join("; ", data.Problems));
        var postgres = kind == StoreKind.PostgreSql ? await TestPostgres.CreateAsync() : null;
        var database = await LabDatabase.OpenAsync(postgres?.Uri ?? Path.Combine(folder.FullName, "lab.db"));
        return new ImportedRun(folder, postgres, database, await new ImportWriter(database).WriteAsync("S", ImportKind.Outcomes, data));
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
