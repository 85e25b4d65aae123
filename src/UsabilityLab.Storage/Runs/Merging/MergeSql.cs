using Microsoft.Data.Sqlite;

namespace UsabilityLab.Storage.Runs.Merging;

/// <summary>The merge's SQL helpers: quoted names, the staging tables' names, commands on the merge's one connection.</summary>
internal static class MergeSql
{
    /// <summary>The schema name a shard database is attached under, one at a time.</summary>
    public const string Shard = "shard";

    /// <summary>The staging table's column naming the input a row came from (0 for the first SHARD.db).</summary>
    public const string Source = "merge_src";

    /// <summary>The staging table's column naming the shard (K) a row belongs to; NULL for the run's own rows.</summary>
    public const string ShardOf = "merge_shard";

    /// <summary>Per table and input, what its ids move by in the output (<c>tbl, src, off</c>).</summary>
    public const string Offsets = "temp.merge_offsets";

    /// <summary>Shards of an input the output holds already, unchanged: not copied again (<c>src, shard</c>).</summary>
    public const string Skipped = "temp.merge_skip";

    /// <summary>A name as an SQL identifier.</summary>
    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The staging table (in the connection's temporary database) of table <paramref name="table"/>.</summary>
    public static string Staged(string table) => "temp." + Quote("merge_" + table);

    /// <summary>A command on the merge's connection (and its transaction, when one is open) with named parameters.</summary>
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>Runs a statement; returns the rows it changed.</summary>
    public static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The first column of the first row, or null.</summary>
    public static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        var value = await command.ExecuteScalarAsync(ct);
        return value is DBNull ? null : value;
    }

    /// <summary>Every row, each read by <paramref name="read"/>.</summary>
    public static async Task<List<T>> ListAsync<T>(SqliteConnection connection, SqliteTransaction? transaction, string sql, Func<SqliteDataReader, T> read, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
