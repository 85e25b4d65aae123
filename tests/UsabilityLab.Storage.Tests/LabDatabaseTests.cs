using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Errors;
using UsabilityLab.Storage.Providers;

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

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task OpenAsync_EmptyDatabase_AppliesEveryMigrationOfItsProvider(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();

        await using var db = database.CreateContext();
        Assert.Equal(kind, database.Kind);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.Runs.CountAsync());
    }

    [Fact]
    public void Migrations_OfBothProviders_SameNamesInTheSameOrder()
    {
        using var sqlite = new LabDbContext(SqliteStore.Options("Data Source=:memory:"));
        using var postgres = new PostgresLabDbContext(PostgresStore.Options("Host=localhost;Database=unused"));

        // A database of either kind at migration N has the same schema, so a change is made to both sets at once.
        Assert.Equal(sqlite.Database.GetMigrations(), postgres.Database.GetMigrations());
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Model_MatchesTheMigrations_NoSchemaChangeWithoutAMigration(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        await using var db = (await temp.OpenAsync()).CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), $"The EF model changed without a {kind} migration: run 'dotnet run tools/add-migration.cs -- <Name>' (it writes both sets).");
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task OpenAsync_ExistingDatabase_KeepsItsData(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var first = await temp.OpenAsync();
        var runId = await TestRuns.CreateAsync(first);

        var again = await temp.OpenAsync();

        await using var db = again.CreateContext();
        Assert.Equal(runId, (await db.Runs.SingleAsync()).Id);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task OpenAsync_DatabaseMigratedOnlyToAnEarlierMigration_AppliesTheRestInPlace(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        await using (var older = Unopened(temp, kind))
        {
            await older.GetService<IMigrator>().MigrateAsync("20261206094014_SessionDevices"); // before views of a page
        }

        var database = await temp.OpenAsync();

        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var runId = await TestRuns.CreateAsync(database);
        var writer = new RunWriter(database);
        Assert.True(await writer.SaveScreenshotAsync(runId, new PageScreenshot("/", 1280, 1280, 800, "Home", [1]) { State = "dialog" }));
        Assert.True(await writer.SaveScreenshotAsync(runId, new PageScreenshot("/", 1280, 1280, 800, "Home", [2]))); // another view of the page
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task OpenAsync_DatabaseFromBeforeDeferredBackdrops_UpgradesInPlaceAndKeepsItsScreenshots(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var current = await temp.OpenAsync();
        var runId = await TestRuns.CreateAsync(current);
        await using (var journal = await RunJournal.OpenAsync(current, runId))
        {
            await journal.SaveScreenshotAsync(new PageScreenshot("/cart", 1280, 1280, 2000, "Cart", [1, 2, 3]), default);
        }

        await using (var older = current.CreateContext())
        {
            await older.GetService<IMigrator>().MigrateAsync("20261123175742_ModeratedSessions"); // the schema before archives
            Assert.Equal(8, (await older.Database.GetPendingMigrationsAsync()).Count()); // DeferredBackdrops … InvitationBrowsers
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

    /// <summary>A context on the store that <see cref="LabDatabase"/> has not opened (so not migrated) yet.</summary>
    private static LabDbContext Unopened(TestStore temp, StoreKind kind) =>
        kind == StoreKind.Sqlite
            ? new LabDbContext(SqliteStore.Options($"Data Source={temp.Address}"))
            : new PostgresLabDbContext(PostgresStore.Options(StoreAddress.Postgres(temp.Address).ConnectionString));
}
