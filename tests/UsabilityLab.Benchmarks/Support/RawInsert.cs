using Microsoft.Data.Sqlite;
using UsabilityLab.Core.Events;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// The yardstick for event ingest: the hand-written ADO.NET loop — one connection, one transaction for all rows, one
/// prepared single-row INSERT into the same Events table, parameters bound by position. (The store now binds straight into
/// SQLite, 64 rows to a statement, so it can beat this loop.)
/// </summary>
internal static class RawInsert
{
    private static readonly string Sql =
        $"INSERT INTO \"Events\" ({EventTable.ColumnList}) VALUES ({string.Join(", ", Enumerable.Range(1, EventTable.ColumnCount).Select(i => $"${i}"))})";

    public static void Write(SqliteConnection connection, IReadOnlyList<RecordedEvent> events)
    {
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        var p = Enumerable.Range(1, EventTable.ColumnCount).Select(i => command.Parameters.Add(new SqliteParameter("$" + i, null))).ToArray();
        command.Prepare();
        foreach (var e in events)
        {
            p[0].Value = e.SessionId;
            p[1].Value = (object?)e.AttemptId ?? DBNull.Value;
            p[2].Value = e.Kind.ToString();
            p[3].Value = e.TimeMs;
            p[4].Value = (object?)e.Url ?? DBNull.Value;
            p[5].Value = (object?)e.X ?? DBNull.Value;
            p[6].Value = (object?)e.Y ?? DBNull.Value;
            p[7].Value = (object?)e.ViewportX ?? DBNull.Value;
            p[8].Value = (object?)e.ViewportY ?? DBNull.Value;
            p[9].Value = (object?)e.ScrollX ?? DBNull.Value;
            p[10].Value = (object?)e.ScrollY ?? DBNull.Value;
            p[11].Value = (object?)e.Selector ?? DBNull.Value;
            p[12].Value = (object?)e.Tag ?? DBNull.Value;
            p[13].Value = (object?)e.Text ?? DBNull.Value;
            p[14].Value = e.Interactive is { } interactive ? (interactive ? 1 : 0) : DBNull.Value;
            p[15].Value = (object?)e.Button ?? DBNull.Value;
            p[16].Value = (object?)e.BoxX ?? DBNull.Value;
            p[17].Value = (object?)e.BoxY ?? DBNull.Value;
            p[18].Value = (object?)e.BoxWidth ?? DBNull.Value;
            p[19].Value = (object?)e.BoxHeight ?? DBNull.Value;
            p[20].Value = (object?)e.Value ?? DBNull.Value;
            p[21].Value = (object?)e.Detail ?? DBNull.Value;
            p[22].Value = (object?)e.ViewportWidth ?? DBNull.Value;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
