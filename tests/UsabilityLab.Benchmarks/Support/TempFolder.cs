namespace UsabilityLab.Benchmarks.Support;

/// <summary>A private folder under the system temp directory, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    private int _next;

    private TempFolder(string path) => Path = path;

    public string Path { get; }

    public static TempFolder Create(string prefix) =>
        new(Directory.CreateTempSubdirectory(prefix + "-").FullName);

    /// <summary>A fresh, unused file path inside the folder (e.g. for a database).</summary>
    public string NewFile(string stem, string extension) =>
        System.IO.Path.Combine(Path, $"{stem}-{Interlocked.Increment(ref _next)}{extension}");

    /// <summary>Deletes a SQLite database together with its WAL and shared-memory files.</summary>
    public static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A browser still shutting down may hold a file for a moment; the OS cleans temp eventually.
        }
    }
}
