using Microsoft.Data.Sqlite;
using UsabilityLab.Core.Import;
using UsabilityLab.Storage;

namespace UsabilityLab.Application.Tests.Support;

/// <summary>A temporary database holding one run imported from CSV: stored attempts, no events, no browser needed.</summary>
public sealed class ImportedRun : IAsyncDisposable
{
    private readonly DirectoryInfo _folder;

    private ImportedRun(DirectoryInfo folder, LabDatabase database, long runId)
    {
        _folder = folder;
        Store = new LabStore(database);
        RunId = runId;
    }

    /// <summary>The store the use cases are given.</summary>
    public LabStore Store { get; }

    public long RunId { get; }

    /// <summary>Where a test may write its files; deleted with the database.</summary>
    public string Folder => _folder.FullName;

    public static async Task<ImportedRun> CreateAsync(string outcomesCsv)
    {
        var folder = Directory.CreateTempSubdirectory("lab-app-");
        var csv = Path.Combine(folder.FullName, "outcomes.csv");
        await File.WriteAllTextAsync(csv, outcomesCsv);
        var data = ResultsCsv.Parse(csv, ImportKind.Outcomes);
        Assert.True(data.IsValid, string.Join("; ", data.Problems));
        var database = await LabDatabase.OpenAsync(Path.Combine(folder.FullName, "lab.db"));
        return new ImportedRun(folder, database, await new ImportWriter(database).WriteAsync("S", ImportKind.Outcomes, data));
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
