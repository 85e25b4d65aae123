using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace UsabilityLab.Storage.Ingest;

/// <summary>
/// Binds one row's values to a prepared statement in parameter order (a <c>null</c> as SQL NULL), then runs it and
/// starts the next row. Position instead of name: no parameter lookup per value.
/// </summary>
internal sealed class StatementValues(SqliteConnection connection, sqlite3_stmt statement)
{
    private int next = 1; // SQLite numbers parameters from 1

    public StatementValues Integer(long? value) =>
        Bound(value is { } v ? raw.sqlite3_bind_int64(statement, next, v) : raw.sqlite3_bind_null(statement, next));

    public StatementValues Real(double value) => Bound(raw.sqlite3_bind_double(statement, next, value));

    public StatementValues Text(string? value) =>
        Bound(value is null ? raw.sqlite3_bind_null(statement, next) : raw.sqlite3_bind_text(statement, next, value));

    /// <summary>Inserts the bound row and resets for the next one.</summary>
    public void Run()
    {
        SqliteStatements.Execute(statement, connection);
        next = 1;
    }

    private StatementValues Bound(int rc)
    {
        SqliteStatements.Check(rc, connection);
        next++;
        return this;
    }
}
