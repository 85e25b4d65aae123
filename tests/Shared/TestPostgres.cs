using Npgsql;

namespace UsabilityLab.Tests.Shared;

/// <summary>
/// A database of its own on the throwaway PostgreSQL server that <c>./lab test</c> and <c>./lab bench</c> start
/// (tests/Services/postgres.sh): created with a unique name, dropped when disposed. Without the server the test (or
/// benchmark) fails, and says how to start one: the PostgreSQL tests never skip.
/// </summary>
internal sealed class TestPostgres : IAsyncDisposable
{
    /// <summary>The server's <c>postgresql://</c> URI, of a user who may create databases.</summary>
    public const string ServerVariable = "USABILITYLAB_TEST_POSTGRES";

    /// <summary>The server's data folder (for the tests that scan every byte it wrote).</summary>
    public const string DataVariable = "USABILITYLAB_TEST_POSTGRES_DATA";

    private TestPostgres(string name, string uri)
    {
        Name = name;
        Uri = uri;
    }

    /// <summary>The database's name (unique to this test).</summary>
    public string Name { get; }

    /// <summary>The database's <c>postgresql://</c> URI, password included: what a user passes to <c>--db</c>.</summary>
    public string Uri { get; }

    /// <summary>The server's URI, or a failure that says how to start the server.</summary>
    public static string ServerUri =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } uri
            ? uri
            : throw new InvalidOperationException(
                $"{ServerVariable} is not set: the PostgreSQL tests and benchmarks need the throwaway server. Run them with ./lab test or ./lab bench, which start it, " +
                "or start it yourself with: eval \"$(tests/Services/postgres.sh start)\" (and tests/Services/postgres.sh stop afterwards)");

    /// <summary>The server's data folder, or a failure that says how to start the server.</summary>
    public static string DataFolder =>
        Environment.GetEnvironmentVariable(DataVariable) is { Length: > 0 } folder
            ? folder
            : throw new InvalidOperationException($"{DataVariable} is not set: start the server with ./lab test or tests/Services/postgres.sh start");

    /// <summary>A new, empty database.</summary>
    public static async Task<TestPostgres> CreateAsync()
    {
        var name = "lab_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = await OpenServerAsync())
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new TestPostgres(name, WithDatabase(ServerUri, name));
    }

    /// <summary>A database something else created on the server (the lab, say), to be dropped when disposed.</summary>
    public static Task<TestPostgres> AdoptAsync(string name) => Task.FromResult(new TestPostgres(name, WithDatabase(ServerUri, name)));

    /// <summary>The same server with another database in the URI (for a database that does not exist, say).</summary>
    public static string WithDatabase(string serverUri, string database) =>
        new UriBuilder(serverUri) { Path = "/" + database }.Uri.ToString();

    /// <summary>Runs one SQL command in this database (a test's look at what is stored).</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(Uri));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await using var connection = await OpenServerAsync();
        // FORCE: the lab's pooled connections to the database may still be open.
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<NpgsqlConnection> OpenServerAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString(ServerUri));
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>An Npgsql connection string for a <c>postgresql://user:password@host:port/db</c> URI.</summary>
    private static string ConnectionString(string uri)
    {
        var parsed = new Uri(uri);
        var user = parsed.UserInfo.Split(':', 2);
        return new NpgsqlConnectionStringBuilder
        {
            Host = parsed.Host,
            Port = parsed.Port,
            Database = System.Uri.UnescapeDataString(parsed.AbsolutePath.TrimStart('/')),
            Username = System.Uri.UnescapeDataString(user[0]),
            Password = user.Length > 1 ? System.Uri.UnescapeDataString(user[1]) : null,
            // The test's own connections are not pooled, so none keeps the database busy when it is dropped.
            Pooling = false,
        }.ConnectionString;
    }
}
