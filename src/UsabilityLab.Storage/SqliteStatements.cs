using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace UsabilityLab.Storage;

/// <summary>
/// Prepared statements on an open connection's native handle, for the two event hot paths (bulk insert, run read) where
/// ADO.NET's per-value overhead (parameter lookup by name, boxing, a new string per text cell) dominates SQLite's own work.
/// Errors surface as the same <see cref="SqliteException"/> ADO.NET would throw.
/// </summary>
internal static class SqliteStatements
{
    public static sqlite3_stmt Prepare(SqliteConnection connection, string sql)
    {
        var db = Handle(connection);
        Check(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        return statement;
    }

    /// <summary>Runs a statement that returns no rows, then resets it for the next values.</summary>
    public static void Execute(sqlite3_stmt statement, SqliteConnection connection)
    {
        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE)
        {
            Check(rc, Handle(connection));
        }
    }

    /// <summary>Throws for any result code but <c>SQLITE_OK</c>, with SQLite's message.</summary>
    public static void Check(int rc, SqliteConnection connection)
    {
        if (rc != raw.SQLITE_OK)
        {
            Check(rc, Handle(connection));
        }
    }

    private static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }

    private static sqlite3 Handle(SqliteConnection connection) =>
        connection.Handle ?? throw new InvalidOperationException("The connection must be open.");
}
