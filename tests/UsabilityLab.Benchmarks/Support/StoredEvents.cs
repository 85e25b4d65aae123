using Microsoft.Data.Sqlite;
using UsabilityLab.Storage;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>How much a recorded run stores: events, their on-disk bytes, and the participant time they cover.</summary>
/// <param name="Events">Rows in the Events table.</param>
/// <param name="Bytes">Pages of the Events table and its indexes (SQLite's dbstat), or the summed row sizes where dbstat is missing.</param>
/// <param name="Method">"dbstat pages" or "row sizes".</param>
/// <param name="ParticipantMinutes">Sum over sessions of the participant time covered by attempts (think time included).</param>
/// <param name="Snapshots">Page screenshots stored (heatmap backdrops, once per page per run).</param>
/// <param name="SnapshotBytes">Their PNG bytes.</param>
internal sealed record StoredEvents(long Events, long Bytes, string Method, double ParticipantMinutes, long Snapshots, long SnapshotBytes)
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
        try
        {
            // dbstat reports the real pages (B-tree overhead, indexes), which is what a disk pays.
            var pages = await ScalarAsync(connection, "SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name = 'Events' OR name LIKE 'IX_Events%'");
            return new((long)events, (long)pages, "dbstat pages", minutes, (long)snapshots, (long)snapshotBytes);
        }
        catch (SqliteException)
        {
            // The bundled SQLite may lack the dbstat table: sum the stored values instead (a lower bound).
            var bytes = await ScalarAsync(connection,
                "SELECT SUM(8 * 9 + COALESCE(length(Url), 0) + COALESCE(length(Selector), 0) + COALESCE(length(Tag), 0) + " +
                "COALESCE(length(Text), 0) + COALESCE(length(Detail), 0) + length(Kind)) FROM Events");
            return new((long)events, (long)bytes, "row sizes", minutes, (long)snapshots, (long)snapshotBytes);
        }
    }

    private static async Task<double> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToDouble(await command.ExecuteScalarAsync() ?? 0, System.Globalization.CultureInfo.InvariantCulture);
    }
}
