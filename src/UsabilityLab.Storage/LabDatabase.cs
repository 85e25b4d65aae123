using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using UsabilityLab.Core.Errors;
using UsabilityLab.Storage.Providers;
using UsabilityLab.Storage.Runs;

namespace UsabilityLab.Storage;

/// <summary>
/// Opens the lab database, migrated to the current schema on open (older databases upgrade in place): SQLite at a path
/// (default <c>./usabilitylab.db</c>, or <c>USABILITYLAB_DB</c>) in WAL mode with a busy timeout, or a PostgreSQL
/// database named by a <c>postgresql://</c> URI or an Npgsql connection string. Which one is decided here, once; the
/// rest of Storage asks <see cref="Provider"/> where the two differ.
/// </summary>
public sealed class LabDatabase
{
    /// <summary>Environment variable naming the database (a path, a <c>postgresql://</c> URI or a connection string).</summary>
    public const string EnvironmentVariable = "USABILITYLAB_DB";

    /// <summary>Default database file in the working directory.</summary>
    public const string DefaultPath = "usabilitylab.db";

    private LabDatabase(StoreProvider provider, string location, string name, string connectionString, string? path)
    {
        Provider = provider;
        Location = location;
        Name = name;
        ConnectionString = connectionString;
        Path = path;
    }

    /// <summary>Which database this is.</summary>
    public StoreKind Kind => Provider.Kind;

    /// <summary>Where the database is, as people are told: the SQLite file's full path, or <c>postgresql://user@host:port/db</c> (never a password).</summary>
    public string Location { get; }

    /// <summary>A short name for files written about its runs: the SQLite file's name without extension, or the PostgreSQL database's name.</summary>
    public string Name { get; }

    /// <summary>Full path of the SQLite file; null for PostgreSQL.</summary>
    public string? Path { get; }

    /// <summary>Connection string for ADO.NET and EF Core (for PostgreSQL it holds the password: never print it).</summary>
    public string ConnectionString { get; }

    internal StoreProvider Provider { get; }

    /// <summary>
    /// Resolves the database (argument, environment, default), creates/migrates it and returns it (a PostgreSQL database
    /// is created when missing if the user may create databases). Runs whose
    /// recording process has died are marked so (<see cref="RunLiveness"/>).
    /// </summary>
    public static Task<LabDatabase> OpenAsync(string? path = null, CancellationToken cancellationToken = default) =>
        OpenAsync(path, mustExist: false, cancellationToken);

    /// <summary>
    /// As <see cref="OpenAsync(string?, CancellationToken)"/>, for commands that only read: a database that does not
    /// exist (a SQLite file, or a PostgreSQL database on its server) is an input error (a typo in --db), never created empty.
    /// </summary>
    public static Task<LabDatabase> OpenExistingAsync(string? path = null, CancellationToken cancellationToken = default) =>
        OpenAsync(path, mustExist: true, cancellationToken);

    /// <summary>The database a command means: its argument, else <c>USABILITYLAB_DB</c>, else the default; a SQLite path made full.</summary>
    public static string Resolve(string? path)
    {
        var value = path ?? Environment.GetEnvironmentVariable(EnvironmentVariable) ?? DefaultPath;
        return StoreAddress.IsPostgres(value) ? value : System.IO.Path.GetFullPath(value);
    }

    private static async Task<LabDatabase> OpenAsync(string? path, bool mustExist, CancellationToken cancellationToken)
    {
        var value = Resolve(path);
        var database = StoreAddress.IsPostgres(value) ? Postgres(value) : Sqlite(value, mustExist);
        try
        {
            // SQLite: the lab's pragmas on a first connection (WAL mode stays with the file), held while it migrates.
            // PostgreSQL: a database that must exist is asked for first; otherwise migrating creates it when missing, as
            // SQLite creates its file (when the user may create databases).
            await using DbConnection? connection = database.Provider switch
            {
                SqliteStore sqlite => await sqlite.OpenConnectionAsync(cancellationToken),
                PostgresStore postgres when mustExist => await postgres.OpenConnectionAsync(cancellationToken),
                _ => null,
            };
            await using var context = database.CreateContext();
            await context.Database.MigrateAsync(cancellationToken);
            await RunLiveness.SweepAsync(database, ct: cancellationToken);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26 /* NOTADB */ or 11 /* CORRUPT */)
        {
            throw new InputException($"{database.Location}: not a UsabilityLab database ({ex.Message}); pass another --db path", ex);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 14 /* CANTOPEN */ or 8 /* READONLY */)
        {
            throw new EnvironmentProblemException($"{database.Location}: cannot open the database for writing ({ex.Message})", ex);
        }
        catch (Exception ex) when (PostgresProblem(database, ex) is { } problem)
        {
            throw problem;
        }

        return database;
    }

    private static LabDatabase Sqlite(string path, bool mustExist)
    {
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
        return new LabDatabase(new SqliteStore(connectionString), path, System.IO.Path.GetFileNameWithoutExtension(path), connectionString, path);
    }

    private static LabDatabase Postgres(string value)
    {
        var (connectionString, location, name) = StoreAddress.Postgres(value);
        return new LabDatabase(new PostgresStore(connectionString), location, name, connectionString, path: null);
    }

    /// <summary>
    /// A PostgreSQL failure on open as one line: what the user wrote wrong (no such database, wrong password) is an input
    /// error; a server that cannot be reached, or lets the user in but not create the tables, is the environment's.
    /// </summary>
    private static Exception? PostgresProblem(LabDatabase database, Exception ex)
    {
        if (database.Kind != StoreKind.PostgreSql)
        {
            return null;
        }

        var where = $"--db {database.Location}";
        return ex switch
        {
            PostgresException { SqlState: "3D000" } => new InputException($"{where}: no such database on the server; create it (createdb {database.Name}) or check the name", ex),
            PostgresException { SqlState: "28P01" or "28000" } pg => new InputException($"{where}: the server refused the sign-in ({pg.MessageText}); check the user and password", ex),
            PostgresException { SqlState: "42501" } pg => new EnvironmentProblemException($"{where}: the user may not create the database or the lab's tables ({pg.MessageText}); create the database for it, or grant it CREATE on the database's schema", ex),
            NpgsqlException { InnerException: SocketException or TimeoutException or IOException } or TimeoutException or SocketException =>
                new EnvironmentProblemException($"{where}: cannot reach the PostgreSQL server ({FirstLine(ex.InnerException?.Message ?? ex.Message)}); start it, or check the host and port", ex),
            NpgsqlException when ex is not PostgresException => new EnvironmentProblemException($"{where}: cannot open the database ({FirstLine(ex.Message)})", ex),
            _ => null,
        };
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim().TrimEnd('.');

    /// <summary>
    /// After rows were dropped for privacy (painted page archives): on SQLite, writes the write-ahead log into the
    /// database file and empties it, since the dropped rows' old contents live on in the log's earlier frames until then
    /// (the file itself was zeroed by secure_delete). PostgreSQL has no equivalent (see docs/storage.md).
    /// </summary>
    public Task TruncateLogAsync(CancellationToken cancellationToken = default) => Provider.EraseDroppedAsync(cancellationToken);

    /// <summary>A new EF Core context on this database (short-lived; one per unit of work).</summary>
    internal LabDbContext CreateContext() => Provider.CreateContext();

    /// <summary>An open ADO.NET connection to a SQLite database with the lab's pragmas applied (the benchmarks' and tests' raw access).</summary>
    public Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken = default) =>
        Provider is SqliteStore sqlite
            ? sqlite.OpenConnectionAsync(cancellationToken)
            : throw new InvalidOperationException($"{Location} is a PostgreSQL database; a SQLite connection opens SQLite files only");
}
