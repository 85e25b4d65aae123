using Microsoft.Data.Sqlite;
using UsabilityLab.Core.Errors;
using UsabilityLab.Storage.Entities;
using static UsabilityLab.Storage.Runs.Merging.MergeSql;

namespace UsabilityLab.Storage.Runs.Merging;

/// <summary>
/// Reads one SHARD.db, attached read-only to the merge's connection (outside its write transaction, so that any number
/// of inputs can be attached one after another within SQLite's limit of ten at once): checks that it is a lab database
/// of this version, finds its sharded run, and copies that run's rows into the connection's staging tables, in one read
/// transaction (a consistent view of the file). The file is never written.
/// </summary>
internal sealed class ShardStaging(SqliteConnection connection, IReadOnlyList<MergeTableSql> tables, IReadOnlyList<string> migrations)
{
    private const string History = "__EFMigrationsHistory";

    /// <summary>Creates the (empty) staging tables and the offset and skip tables, on the output's columns.</summary>
    public async Task CreateAsync(CancellationToken ct)
    {
        foreach (var table in tables)
        {
            await ExecuteAsync(connection, null, $"DROP TABLE IF EXISTS {table.Staged}; {table.CreateStaged()}", ct);
        }

        await ExecuteAsync(connection, null, $"""
            DROP TABLE IF EXISTS {Offsets}; CREATE TABLE {Offsets} (tbl TEXT NOT NULL, src INTEGER NOT NULL, off INTEGER NOT NULL, PRIMARY KEY (tbl, src)) WITHOUT ROWID;
            DROP TABLE IF EXISTS {Skipped}; CREATE TABLE {Skipped} (src INTEGER NOT NULL, shard INTEGER NOT NULL, PRIMARY KEY (src, shard)) WITHOUT ROWID;
            """, ct);
    }

    /// <summary>Stages the sharded run of <paramref name="path"/> (of key <paramref name="runKey"/>, or its only one) as input <paramref name="source"/>.</summary>
    public async Task<ShardInput> StageAsync(string path, int source, string? runKey, CancellationToken ct)
    {
        try
        {
            await ExecuteAsync(connection, null, $"ATTACH DATABASE $uri AS {Shard};", ct, ("$uri", ReadOnlyUri(path)));
        }
        catch (SqliteException ex)
        {
            throw Problem(path, ex);
        }

        try
        {
            await using var transaction = connection.BeginTransaction(deferred: true);
            await CheckSchemaAsync(transaction, path, ct);
            var run = await FindRunAsync(transaction, path, runKey, ct);
            var shards = await ListAsync(connection, transaction, $"SELECT {Quote(nameof(RunShardRow.Shard))} FROM {Shard}.{Quote(TableOf<RunShardRow>())} WHERE {Quote(nameof(RunShardRow.RunId))} = $run ORDER BY 1;", r => r.GetInt32(0), ct, ("$run", run.Id));
            foreach (var table in tables)
            {
                await ExecuteAsync(connection, transaction, table.StageSql(), ct, ("$src", source), ("$run", run.Id));
            }

            await transaction.CommitAsync(ct);
            return new ShardInput(path, source, run, shards);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26 /* NOTADB */ or 11 /* CORRUPT */ or 14 /* CANTOPEN */)
        {
            throw Problem(path, ex);
        }
        finally
        {
            await ExecuteAsync(connection, null, $"DETACH DATABASE {Shard};", CancellationToken.None);
        }
    }

    /// <summary>
    /// The input's URI, read-only. Without a write-ahead log beside it no process has the file open (the lab's databases
    /// are in WAL mode, whose log lives as long as a connection does), so it is opened as immutable: read without locks
    /// and without leaving an empty log and shared-memory file behind. With a log (a shard whose process was killed),
    /// SQLite reads the log too.
    /// </summary>
    private static string ReadOnlyUri(string path) =>
        ShardMerger.FileUri(path) + (File.Exists(path + "-wal") ? "?mode=ro" : "?mode=ro&immutable=1");

    private static Exception Problem(string path, SqliteException ex) => ex.SqliteErrorCode switch
    {
        26 or 11 => new InputException($"{path}: not a UsabilityLab database ({ex.Message.Replace("SQLite Error ", "error ", StringComparison.Ordinal)}); give the shards' database files"),
        _ => new EnvironmentProblemException($"{path}: cannot read the database ({ex.Message})", ex),
    };

    /// <summary>A lab database of this lab's version: the lab's tables, and the same migrations applied.</summary>
    private async Task CheckSchemaAsync(SqliteTransaction transaction, string path, CancellationToken ct)
    {
        var present = (await ListAsync(connection, transaction, $"SELECT name FROM {Shard}.sqlite_master WHERE type = 'table';", r => r.GetString(0), ct)).ToHashSet(StringComparer.Ordinal);
        var missing = tables.Select(t => t.Table).Prepend(History).Where(t => !present.Contains(t)).ToList();
        if (missing.Count == tables.Count + 1)
        {
            throw new InputException($"{path}: not a UsabilityLab database (none of the lab's tables); give the shards' database files");
        }

        var applied = present.Contains(History)
            ? await ListAsync(connection, transaction, $"SELECT {Quote("MigrationId")} FROM {Shard}.{Quote(History)};", r => r.GetString(0), ct)
            : [];
        if (applied.Except(migrations, StringComparer.Ordinal).Order(StringComparer.Ordinal).LastOrDefault() is { } newer)
        {
            throw new InputException($"{path}: recorded by a newer version of the lab (its schema has migration {newer}); merge with that version");
        }

        if (missing.Count > 0 || migrations.Except(applied, StringComparer.Ordinal).Any())
        {
            throw new InputException($"{path}: recorded by an older version of the lab; upgrade it once with this one (./lab runs --db {path}) and merge again");
        }
    }

    /// <summary>The run of <paramref name="runKey"/>, or the file's only sharded run when no key is given.</summary>
    private async Task<KeyedRun> FindRunAsync(SqliteTransaction transaction, string path, string? runKey, CancellationToken ct)
    {
        var keyed = await KeyedRun.ListAsync(connection, transaction, tables, Shard, "1", ct);
        var keys = string.Join(", ", keyed.Select(k => k.RunKey));
        if (runKey is not null)
        {
            return keyed.SingleOrDefault(k => k.RunKey == runKey)
                ?? throw new InputException(keyed.Count == 0
                    ? $"{path}: no sharded run in it (it was recorded without --shard K/N --run-key KEY)"
                    : $"{path}: no run of key {runKey} in it (it holds {keys})");
        }

        return keyed.Count switch
        {
            1 => keyed[0],
            0 => throw new InputException($"{path}: no sharded run in it (it was recorded without --shard K/N --run-key KEY)"),
            _ => throw new InputException($"{path}: it holds the sharded runs {keys}; choose one with --run-key KEY"),
        };
    }

    private string TableOf<TRow>() => tables.Single(t => t.Plan.Entity == typeof(TRow)).Table;
}
