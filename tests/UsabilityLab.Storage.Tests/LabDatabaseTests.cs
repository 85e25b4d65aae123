using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Errors;

namespace UsabilityLab.Storage.Tests;

public sealed class LabDatabaseTests
{
    [Fact]
    public async Task OpenAsync_NewFile_CreatesSchemaInWalMode()
    {
        await using var temp = new TempDatabase();
        var database = await temp.OpenAsync();

        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Runs.CountAsync());
    }

    [Fact]
    public async Task Model_MatchesTheMigrations_NoSchemaChangeWithoutAMigration()
    {
        await using var temp = new TempDatabase();
        await using var db = (await temp.OpenAsync()).CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The EF model changed without a migration: run 'dotnet run tools/add-migration.cs -- <Name>'.");
    }

    [Fact]
    public async Task OpenAsync_ExistingDatabase_KeepsItsData()
    {
        await using var temp = new TempDatabase();
        var first = await temp.OpenAsync();
        var runId = await TestRuns.CreateAsync(first);

        var again = await temp.OpenAsync();

        await using var db = again.CreateContext();
        Assert.Equal(runId, (await db.Runs.SingleAsync()).Id);
    }

    [Fact]
    public async Task OpenAsync_DatabaseFromBeforeDeferredBackdrops_UpgradesInPlaceAndKeepsItsScreenshots()
    {
        await using var temp = new TempDatabase();
        var current = await temp.OpenAsync();
        var runId = await TestRuns.CreateAsync(current);
        await using (var journal = await RunJournal.OpenAsync(current, runId))
        {
            await journal.SaveScreenshotAsync(new PageScreenshot("/cart", 1280, 1280, 2000, "Cart", [1, 2, 3]), default);
        }

        await using (var older = current.CreateContext())
        {
            await older.GetService<IMigrator>().MigrateAsync("20261123175742_ModeratedSessions"); // the schema before archives
        }

        var upgraded = await temp.OpenAsync();

        await using var db = upgraded.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var snapshot = Assert.Single(await new ScreenshotReader(upgraded).LoadAsync(runId));
        Assert.Equal(("/cart", "Cart"), (snapshot.PageKey, snapshot.Title));
        Assert.Equal([1, 2, 3], snapshot.Image);
    }

    [Fact]
    public async Task OpenAsync_NotADatabase_ClearInputError()
    {
        await using var temp = new TempDatabase();
        await File.WriteAllTextAsync(temp.Path, "this is a text file, not SQLite, and it is long enough to have a header........");

        var error = await Assert.ThrowsAsync<InputException>(temp.OpenAsync);

        Assert.Contains("not a UsabilityLab database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_MissingFolder_ClearInputError()
    {
        var error = await Assert.ThrowsAsync<InputException>(() => LabDatabase.OpenAsync("/nonexistent-folder-xyz/lab.db"));

        Assert.Contains("/nonexistent-folder-xyz", error.Message, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
    }
}
