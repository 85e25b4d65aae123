using System.Globalization;
using Npgsql;
using UsabilityLab.Storage.Providers;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// Questions to the benchmarks' PostgreSQL server (the throwaway one <c>./lab bench</c> starts, durable) about itself, on
/// a connection to its maintenance database that no benchmark database counts.
/// </summary>
internal static class BenchPostgres
{
    /// <summary>What the figures were measured on: the server's version and whether it flushes commits to disk.</summary>
    public static async Task<string> DescribeAsync()
    {
        await using var connection = await OpenServerAsync();
        await using var command = new NpgsqlCommand("SELECT current_setting('server_version_num'), current_setting('fsync'), current_setting('synchronous_commit')", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var version = int.Parse(reader.GetString(0), CultureInfo.InvariantCulture);
        return Format($"PostgreSQL {version / 10_000}.{version % 10_000} on this machine over loopback TCP, fsync {reader.GetString(1)}, synchronous_commit {reader.GetString(2)}");
    }

    /// <summary>Connections now open to the database <paramref name="uri"/> names, from every client process.</summary>
    public static async Task<int> ConnectionsAsync(NpgsqlConnection server, string uri)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = $1", server);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = StoreAddress.Postgres(uri).Database });
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>A connection to the server's maintenance database, not pooled.</summary>
    public static async Task<NpgsqlConnection> OpenServerAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(StoreAddress.Postgres(TestPostgres.ServerUri).ConnectionString) { Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
