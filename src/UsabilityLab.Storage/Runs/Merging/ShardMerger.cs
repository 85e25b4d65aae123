using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Runs;
using UsabilityLab.Storage.Providers;

namespace UsabilityLab.Storage.Runs.Merging;

/// <summary>
/// <c>lab merge OUT.db SHARD.db…</c>: joins the SQLite files that the shards of one run key were recorded into (one per
/// CI machine, say) into one run in OUT.db, as if they had recorded into one database. OUT.db is created when missing
/// and migrated as <see cref="LabDatabase"/> opens it; it may hold other runs, and the same key's run from an earlier
/// merge, to which shards it does not hold yet are added (a shard it holds is left out when it is the same recording,
/// and refused otherwise). Each input is read, never written: attached read-only, one at a time, and its run's rows
/// staged in the connection's temporary tables (on disk, not in memory); then one write transaction copies them with
/// their ids moved past OUT's, table by table (<see cref="MergePlan"/>). A failure leaves OUT.db as it was (and a
/// file that was not there is removed again).
/// </summary>
public static class ShardMerger
{
    /// <summary>
    /// Merges the sharded run of <paramref name="runKey"/> (or, when null, each input's only sharded run, which must be
    /// of one key) from <paramref name="shards"/> into <paramref name="output"/>. Bad input is an
    /// <see cref="InputException"/> with one line; a file that cannot be read or written an <see cref="EnvironmentProblemException"/>.
    /// </summary>
    public static async Task<ShardMergeSummary> MergeAsync(string output, IReadOnlyList<string> shards, string? runKey = null, CancellationToken ct = default)
    {
        var (outPath, inputs) = MergeInputs.Check(output, shards);
        var existed = File.Exists(outPath);
        try
        {
            return await MergeIntoAsync(outPath, inputs, runKey, ct);
        }
        catch when (!existed)
        {
            Remove(outPath);
            throw;
        }
    }

    /// <summary>A file's path as an SQLite URI (<c>file:/a%20b/c.db</c>), to which <c>?mode=ro</c> can be added.</summary>
    internal static string FileUri(string path) =>
        "file:" + string.Join('/', Path.GetFullPath(path).Split('/').Select(Uri.EscapeDataString));

    private static async Task<ShardMergeSummary> MergeIntoAsync(string outPath, IReadOnlyList<string> inputs, string? runKey, CancellationToken ct)
    {
        var database = await LabDatabase.OpenAsync(outPath, ct);
        IReadOnlyList<MergeTableSql> tables;
        IReadOnlyList<string> migrations;
        await using (var context = database.CreateContext())
        {
            tables = MergeTableSql.Resolve(context.Model);
            migrations = [.. context.Database.GetMigrations()];
        }

        // A connection of its own, not pooled: its temporary tables go with it. Opened by URI, so that ATTACH takes
        // the inputs' URIs (read-only) too.
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FileUri(outPath), Pooling = false, DefaultTimeout = 30 }.ToString());
        await connection.OpenAsync(ct);
        await MergeSql.ExecuteAsync(connection, null, SqliteStore.Pragmas + " PRAGMA temp_store=FILE;", ct);

        var staging = new ShardStaging(connection, tables, migrations);
        await staging.CreateAsync(ct);
        var staged = new List<ShardInput>(inputs.Count);
        foreach (var path in inputs)
        {
            var input = await staging.StageAsync(path, staged.Count, runKey, ct);
            Check(staged, input);
            staged.Add(input);
        }

        try
        {
            await using var transaction = connection.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: OUT's writer from the start
            var summary = await new StagedRunWriter(connection, transaction, tables, outPath).WriteAsync(staged, ct);
            await transaction.CommitAsync(ct);
            return summary;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 /* BUSY */ or 8 /* READONLY */ or 10 /* IOERR */ or 13 /* FULL */)
        {
            throw new EnvironmentProblemException($"{outPath}: cannot write the merged run ({ex.Message}); nothing was merged", ex);
        }
    }

    /// <summary>An input joins the earlier ones only as another shard of the same run, recorded alike.</summary>
    private static void Check(IReadOnlyList<ShardInput> earlier, ShardInput input)
    {
        if (earlier.Count == 0)
        {
            return;
        }

        var first = earlier[0];
        if (input.Run.RunKey != first.Run.RunKey)
        {
            throw new InputException($"{input.Path}: its run key is {input.Run.RunKey}, {first.Path}'s is {first.Run.RunKey}; merge the shards of one run (or choose one with --run-key KEY)");
        }

        first.Run.CheckSameAs(input.Run, first.Path, input.Path);
        foreach (var other in earlier)
        {
            if (other.Shards.Intersect(input.Shards).Order().FirstOrDefault() is var shard and > 0)
            {
                throw new InputException($"{input.Path}: shard {shard} of run {input.Run.RunKey} is in {other.Path} too; give each shard once");
            }
        }
    }

    private static void Remove(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }
}
