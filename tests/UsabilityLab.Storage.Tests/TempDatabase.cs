namespace UsabilityLab.Storage.Tests;

/// <summary>A SQLite file in a fresh temp folder, deleted afterwards.</summary>
internal sealed class TempDatabase : IAsyncDisposable
{
    public TempDatabase() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "usabilitylab-tests", Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(Folder, "lab.db");

    public Task<LabDatabase> OpenAsync() => LabDatabase.OpenAsync(Path);

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
