using Microsoft.Data.Sqlite;
using UsabilityLab.Core.Events;
using UsabilityLab.Storage;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// Yardsticks for RunReader's event load, each returning the run's events in the same order: EF Core (RunReader's loader
/// before the native one), a plain ADO.NET reader, and SQLite stepping through the rows without building anything.
/// </summary>
internal static class RawEventReader
{
    private const string Sql =
        "SELECT Id, SessionId, AttemptId, Kind, TimeMs, Url, X, Y, ViewportX, ViewportY, ScrollX, ScrollY, Selector, Tag, Text, " +
        "Interactive, Button, BoxX, BoxY, BoxWidth, BoxHeight, Value, Detail, ViewportWidth FROM Events " +
        "WHERE SessionId IN (SELECT Id FROM Sessions WHERE RunId = $run) ORDER BY SessionId, TimeMs, Id";

    /// <summary>RunReader's loader before the native one: EF Core's query, each row mapped to a RecordedEvent.</summary>
    public static Task<List<RecordedEvent>> LoadWithEfCoreAsync(LabDatabase database, long runId) => RunReader.LoadEventsWithEfCoreAsync(database, runId);

    public static async Task<List<RecordedEvent>> LoadAsync(LabDatabase database, long runId)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.AddWithValue("$run", runId);
        // Synchronous reads: Microsoft.Data.Sqlite's async methods complete synchronously anyway and only add overhead.
        using var reader = command.ExecuteReader();
        var kinds = Enum.GetValues<EventKind>().ToDictionary(k => k.ToString(), StringComparer.Ordinal);
        var events = new List<RecordedEvent>();
        while (reader.Read())
        {
            events.Add(new RecordedEvent
            {
                Id = reader.GetInt64(0), SessionId = reader.GetInt64(1), AttemptId = Long(reader, 2),
                Kind = kinds[reader.GetString(3)], TimeMs = reader.GetDouble(4), Url = Text(reader, 5),
                X = Real(reader, 6), Y = Real(reader, 7), ViewportX = Real(reader, 8), ViewportY = Real(reader, 9),
                ScrollX = Real(reader, 10), ScrollY = Real(reader, 11), Selector = Text(reader, 12), Tag = Text(reader, 13),
                Text = Text(reader, 14), Interactive = reader.IsDBNull(15) ? null : reader.GetInt64(15) != 0,
                Button = (int?)Long(reader, 16), BoxX = Real(reader, 17), BoxY = Real(reader, 18), BoxWidth = Real(reader, 19),
                BoxHeight = Real(reader, 20), Value = Real(reader, 21), Detail = Text(reader, 22), ViewportWidth = (int?)Long(reader, 23),
            });
        }

        return events;
    }

    /// <summary>The same query stepped through without building anything: SQLite's own share of the load.</summary>
    public static async Task<long> StepAsync(LabDatabase database, long runId)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.AddWithValue("$run", runId);
        using var reader = command.ExecuteReader();
        long rows = 0;
        while (reader.Read())
        {
            rows++;
        }

        return rows;
    }

    private static double? Real(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    private static long? Long(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
