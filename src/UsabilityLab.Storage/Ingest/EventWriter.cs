using Microsoft.Data.Sqlite;
using UsabilityLab.Core.Events;

namespace UsabilityLab.Storage.Ingest;

/// <summary>
/// Inserts events with prepared statements inside one transaction per batch. EF Core's SQLite provider sends one INSERT
/// per row through change tracking, which is an order of magnitude slower for this hot path. Rows go
/// <see cref="RowsPerStatement"/> to a statement (one step and reset per block instead of per row), values bound by
/// position straight into SQLite (<see cref="EventBinder"/>); the remainder goes one row at a time.
/// </summary>
public static class EventWriter
{
    /// <summary>Rows per multi-row INSERT: past a few dozen, the per-statement saving flattens out.</summary>
    internal const int RowsPerStatement = 64;

    private static readonly string[] Columns =
    [
        "SessionId", "AttemptId", "Kind", "TimeMs", "Url", "X", "Y", "ViewportX", "ViewportY", "ScrollX", "ScrollY",
        "Selector", "Tag", "Text", "Interactive", "Button", "BoxX", "BoxY", "BoxWidth", "BoxHeight", "Value", "Detail",
        "ViewportWidth",
    ];

    /// <summary>Values per row, in the order <see cref="EventBinder"/> binds them.</summary>
    internal static int ColumnCount => Columns.Length;

    private static readonly string OneRowSql = InsertSql(1);
    private static readonly string BlockSql = InsertSql(RowsPerStatement);

    /// <summary>Writes <paramref name="events"/> in one transaction on an open connection.</summary>
    public static void Write(SqliteConnection connection, IReadOnlyList<RecordedEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        using var transaction = connection.BeginTransaction();
        var binder = new EventBinder(connection);
        var next = 0;
        if (events.Count >= RowsPerStatement)
        {
            using var block = SqliteStatements.Prepare(connection, BlockSql);
            for (; next + RowsPerStatement <= events.Count; next += RowsPerStatement)
            {
                for (var row = 0; row < RowsPerStatement; row++)
                {
                    binder.Bind(block, row, events[next + row]);
                }

                SqliteStatements.Execute(block, connection);
            }
        }

        if (next < events.Count)
        {
            using var single = SqliteStatements.Prepare(connection, OneRowSql);
            for (; next < events.Count; next++)
            {
                binder.Bind(single, 0, events[next]);
                SqliteStatements.Execute(single, connection);
            }
        }

        transaction.Commit();
    }

    private static string InsertSql(int rows)
    {
        var values = "(" + string.Join(", ", Enumerable.Repeat("?", Columns.Length)) + ")";
        return $"INSERT INTO Events ({string.Join(", ", Columns)}) VALUES {string.Join(", ", Enumerable.Repeat(values, rows))}";
    }
}
