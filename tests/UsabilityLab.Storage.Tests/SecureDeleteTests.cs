using System.Text;
using Microsoft.Data.Sqlite;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Tests;

public sealed class SecureDeleteTests
{
    [Fact]
    public async Task SavePainted_DropsTheArchive_WhoseBytesAreGoneFromTheFileAndItsLog()
    {
        await using var temp = new TempDatabase();
        var database = await temp.OpenAsync();
        var runId = await TestRuns.CreateAsync(database);
        const string Marker = "ARCHIVED-PAGE-CONTENT-7f3c9e";
        long id;
        await using (var db = database.CreateContext())
        {
            var row = new PageSnapshotRow { RunId = runId, PageKey = "/", ViewportWidth = 1280, ViewportHeight = 800, Archive = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(Marker, 200))), CapturedAt = DateTimeOffset.UtcNow };
            db.PageSnapshots.Add(row);
            await db.SaveChangesAsync();
            id = row.Id;
        }

        await database.TruncateLogAsync();
        Assert.Contains(Marker, Bytes(temp.Path), StringComparison.Ordinal); // the scan sees it while it is stored
        await new RunWriter(database).SavePaintedAsync(id, new PageScreenshot("/", 1280, 1280, 800, "Home", [0xFF, 0xD8, 0xFF]));
        await database.TruncateLogAsync();

        Assert.DoesNotContain(Marker, Bytes(temp.Path) + Bytes(temp.Path + "-wal"), StringComparison.Ordinal);
    }

    private static string Bytes(string path)
    {
        SqliteConnection.ClearAllPools();
        return File.Exists(path) ? Encoding.Latin1.GetString(File.ReadAllBytes(path)) : "";
    }
}
