using System.Data.Common;
using UsabilityLab.Core.Events;
using UsabilityLab.Storage;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// Yardsticks for RunReader's event load, each returning the run's events in the same order: EF Core (RunReader's loader
/// before the native one), a plain ADO.NET reader, and the database stepping through the rows without building anything.
/// The same SQL on both stores (quoted names, a named parameter).
/// </summary>
internal static class RawEventReader
{
    private static readonly string Sql =
        $"SELECT \"Id\", {EventTable.ColumnList} FROM \"Events\" " +
        "WHERE \"SessionId\" IN (SELECT \"Id\" FROM \"Sessions\" WHERE \"RunId\" = @run) ORDER BY \"SessionId\", \"TimeMs\", \"Id\"";

    /// <summary>RunReader's loader before the native one: EF Core's query, each row mapped to a RecordedEvent.</summary>
    public static Task<List<RecordedEvent>> LoadWithEfCoreAsync(LabDatabase database, long runId) => RunReader.LoadEventsWithEfCoreAsync(database, runId);

    public static async Task<List<RecordedEvent>> LoadAsync(LabDatabase database, long runId)
    {
        await using var connection = await StoreConnection.OpenAsync(database);
        await using var command = Query(connection, runId);
        // Synchronous reads: Microsoft.Data.Sqlite's async methods complete synchronously anyway and only add overhead;
        // Npgsql's synchronous reads wait on the socket without a task per row.
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
                Text = Text(reader, 14), Interactive = reader.IsDBNull(15) ? null : reader.GetBoolean(15),
                Button = reader.IsDBNull(16) ? null : reader.GetInt32(16), BoxX = Real(reader, 17), BoxY = Real(reader, 18), BoxWidth = Real(reader, 19),
                BoxHeight = Real(reader, 20), Value = Real(reader, 21), Detail = Text(reader, 22), ViewportWidth = reader.IsDBNull(23) ? null : reader.GetInt32(23),
            });
        }

        return events;
    }

    /// <summary>The same query stepped through without building anything: the database's own share of the load.</summary>
    public static async Task<long> StepAsync(LabDatabase database, long runId)
    {
        await using var connection = await StoreConnection.OpenAsync(database);
        await using var command = Query(connection, runId);
        using var reader = command.ExecuteReader();
        long rows = 0;
        while (reader.Read())
        {
            rows++;
        }

        return rows;
    }

    private static DbCommand Query(DbConnection connection, long runId)
    {
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        var run = command.CreateParameter();
        run.ParameterName = "@run";
        run.Value = runId;
        command.Parameters.Add(run);
        return command;
    }

    private static double? Real(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    private static long? Long(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
