using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Errors;
using UsabilityLab.Storage.Runs;

namespace UsabilityLab.Storage;

/// <summary>
/// Opens the lab database: SQLite at a path (default <c>./usabilitylab.db</c>, or <c>USABILITYLAB_DB</c>),
/// in WAL mode with a busy timeout, migrated to the current schema on open (older files upgrade in place).
/// </summary>
public sealed class LabDatabase
{
    /// <summary>Environment variable naming the database path.</summary>
    public const string EnvironmentVariable = "USABILITYLAB_DB";

    /// <summary>Default database file in the working directory.</summary>
    public const string DefaultPath = "usabilitylab.db";

    private LabDatabase(string path, string connectionString)
    {
        Path = path;
        ConnectionString = connectionString;
    }

    /// <summary>Full path of the SQLite file.</summary>
    public string Path { get; }

    /// <summary>Connection string for ADO.NET (bulk event ingest) and EF Core.</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// Resolves the path (argument, environment, default), creates/migrates the database and returns it. Runs whose
    /// recording process has died are marked so (<see cref="RunLiveness"/>).
    /// </summary>
    public static Task<LabDatabase> OpenAsync(string? path = null, CancellationToken cancellationToken = default) =>
        OpenAsync(path, mustExist: false, cancellationToken);

    /// <summary>
    /// As <see cref="OpenAsync(string?, CancellationToken)"/>, for commands that only read: a database that does not
    /// exist is an input error (a typo in --db), never created empty.
    /// </summary>
    public static Task<LabDatabase> OpenExistingAsync(string? path = null, CancellationToken cancellationToken = default) =>
        OpenAsync(path, mustExist: true, cancellationToken);

    /// <summary>The database path a command means: its argument, else <c>USABILITYLAB_DB</c>, else the default.</summary>
    public static string Resolve(string? path) =>
        System.IO.Path.GetFullPath(path ?? Environment.GetEnvironmentVariable(EnvironmentVariable) ?? DefaultPath);

    private static async Task<LabDatabase> OpenAsync(string? path, bool mustExist, CancellationToken cancellationToken)
    {
        path = Resolve(path);
        if (mustExist && !File.Exists(path))
        {
            throw new InputException(Directory.Exists(path)
                ? $"--db {path}: that is a folder; pass the database file"
                : $"--db {path}: no database there; check the path, or record a run into it first with ./lab run FILE --db {path}");
        }

        var directory = System.IO.Path.GetDirectoryName(path)!;
        if (!Directory.Exists(directory))
        {
            throw new InputException($"--db {path}: folder {directory} does not exist; create it or choose another path");
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        var database = new LabDatabase(path, connectionString);
        try
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var context = database.CreateContext();
            await context.Database.MigrateAsync(cancellationToken);
            await RunLiveness.SweepAsync(database, ct: cancellationToken);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26 /* NOTADB */ or 11 /* CORRUPT */)
        {
            throw new InputException($"{path}: not a UsabilityLab database ({ex.Message}); pass another --db path", ex);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 14 /* CANTOPEN */ or 8 /* READONLY */)
        {
            throw new EnvironmentProblemException($"{path}: cannot open the database for writing ({ex.Message})", ex);
        }

        return database;
    }

    /// <summary>
    /// Writes the write-ahead log into the database file and empties it: after rows were dropped, their old contents
    /// live on in the log's earlier frames until then (the file itself was zeroed by secure_delete).
    /// </summary>
    public async Task TruncateLogAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await checkpoint.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A new EF Core context on this database (short-lived; one per unit of work).</summary>
    internal LabDbContext CreateContext() => new(Options(ConnectionString));

    /// <summary>An open ADO.NET connection with the lab's pragmas applied.</summary>
    public async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // WAL lets the report read while a run writes; NORMAL sync is durable across process kills (not power loss).
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON; " + SecureDeleteInterceptor.Pragma;
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    internal static DbContextOptions<LabDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<LabDbContext>()
            .UseSqlite(connectionString)
            .AddInterceptors(SecureDeleteInterceptor.Instance)
            .Options;
}
