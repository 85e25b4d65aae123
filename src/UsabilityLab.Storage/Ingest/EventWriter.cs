using Microsoft.Data.Sqlite;
using UsabilityLab.Core.Events;

namespace UsabilityLab.Storage.Ingest;

/// <summary>
/// Inserts events with one prepared statement inside one transaction per batch. EF Core's SQLite provider sends
/// one INSERT per row through change tracking, which is an order of magnitude slower for this hot path.
/// </summary>
public static class EventWriter
{
    private static readonly string[] Columns =
    [
        "SessionId", "AttemptId", "Kind", "TimeMs", "Url", "X", "Y", "ViewportX", "ViewportY", "ScrollX", "ScrollY",
        "Selector", "Tag", "Text", "Interactive", "Button", "BoxX", "BoxY", "BoxWidth", "BoxHeight", "Value", "Detail",
        "ViewportWidth",
    ];

    private static readonly string InsertSql =
        $"INSERT INTO Events ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select(c => "$" + c))})";

    /// <summary>Writes <paramref name="events"/> in one transaction on an open connection.</summary>
    public static void Write(SqliteConnection connection, IReadOnlyList<RecordedEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertSql;
        var parameters = Columns.Select(c => command.Parameters.Add(new SqliteParameter("$" + c, null))).ToArray();
        command.Prepare();
        foreach (var e in events)
        {
            Bind(parameters, e);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static void Bind(SqliteParameter[] p, RecordedEvent e)
    {
        p[0].Value = e.SessionId;
        p[1].Value = (object?)e.AttemptId ?? DBNull.Value;
        p[2].Value = e.Kind.ToString();
        p[3].Value = e.TimeMs;
        p[4].Value = Db(e.Url);
        p[5].Value = Db(e.X);
        p[6].Value = Db(e.Y);
        p[7].Value = Db(e.ViewportX);
        p[8].Value = Db(e.ViewportY);
        p[9].Value = Db(e.ScrollX);
        p[10].Value = Db(e.ScrollY);
        p[11].Value = Db(e.Selector);
        p[12].Value = Db(e.Tag);
        p[13].Value = Db(e.Text);
        p[14].Value = e.Interactive is { } interactive ? (interactive ? 1 : 0) : DBNull.Value;
        p[15].Value = (object?)e.Button ?? DBNull.Value;
        p[16].Value = Db(e.BoxX);
        p[17].Value = Db(e.BoxY);
        p[18].Value = Db(e.BoxWidth);
        p[19].Value = Db(e.BoxHeight);
        p[20].Value = Db(e.Value);
        p[21].Value = Db(e.Detail);
        p[22].Value = (object?)e.ViewportWidth ?? DBNull.Value;
    }

    private static object Db(string? value) => value is null ? DBNull.Value : value;

    private static object Db(double? value) => value is { } v ? v : DBNull.Value;
}
