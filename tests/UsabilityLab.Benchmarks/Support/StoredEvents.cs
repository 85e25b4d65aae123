using System.Globalization;
using Microsoft.Data.Sqlite;
using UsabilityLab.Storage;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>How much a recorded run stores: events, their on-disk bytes, and the participant time they cover.</summary>
/// <param name="Events">Rows in the Events table.</param>
/// <param name="Bytes">Disk bytes of the Events table with its indexes (copied alone into a fresh database file).</param>
/// <param name="ParticipantMinutes">Sum over sessions of the participant time covered by attempts (think time included).</param>
/// <param name="Snapshots">Page screenshots stored (heatmap backdrops, once per page per run).</param>
/// <param name="SnapshotBytes">Their PNG bytes.</param>
internal sealed record StoredEvents(long Events, long Bytes, double ParticipantMinutes, long Snapshots, long SnapshotBytes)
{
    public double BytesPerParticipantMinute => Bytes / ParticipantMinutes;

    public double EventsPerParticipantMinute => Events / ParticipantMinutes;

    public static async Task<StoredEvents> MeasureAsync(LabDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync();
        var events = await ScalarAsync(connection, "SELECT COUNT(*) FROM Events");
        var minutes = await ScalarAsync(connection, "SELECT COALESCE(SUM(span), 0) FROM (SELECT MAX(EndMs) - MIN(StartMs) AS span FROM TaskAttempts GROUP BY SessionId)") / 60_000;
        var snapshots = await ScalarAsync(connection, "SELECT COUNT(*) FROM PageSnapshots");
        var snapshotBytes = await ScalarAsync(connection, "SELECT COALESCE(SUM(length(Png)), 0) FROM PageSnapshots");
        return new((long)events, await EventTableBytesAsync(database.Path!), minutes, (long)snapshots, (long)snapshotBytes);
    }

    /// <summary>
    /// The bundled SQLite has no dbstat table to size one table, so the Events table and its indexes (same DDL) are copied
    /// into an empty file, whose pages are then exactly what the events cost on disk. Foreign keys are off there: the
    /// Sessions table the events point to is not copied.
    /// </summary>
    private static async Task<long> EventTableBytesAsync(string source)
    {
        var copy = source + ".events-only";
        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false, ForeignKeys = false }.ToString());
            await connection.OpenAsync();
            await ExecuteAsync(connection, $"ATTACH DATABASE '{source.Replace("'", "''", StringComparison.Ordinal)}' AS src");
            await using (var ddl = connection.CreateCommand())
            {
                ddl.CommandText = "SELECT sql FROM src.sqlite_master WHERE tbl_name = 'Events' AND sql IS NOT NULL ORDER BY type = 'table' DESC";
                var statements = new List<string>();
                await using (var reader = await ddl.ExecuteReaderAsync())
                {
                    while (await reader.ReadAsync())
                    {
                        statements.Add(reader.GetString(0));
                    }
                }

                foreach (var statement in statements)
                {
                    await ExecuteAsync(connection, statement);
                }
            }

            await ExecuteAsync(connection, "INSERT INTO main.Events SELECT * FROM src.Events");
            return (long)(await ScalarAsync(connection, "PRAGMA main.page_count") * await ScalarAsync(connection, "PRAGMA main.page_size"));
        }
        finally
        {
            File.Delete(copy);
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<double> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToDouble(await command.ExecuteScalarAsync() ?? 0, CultureInfo.InvariantCulture);
    }
}
