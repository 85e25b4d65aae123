using Microsoft.Data.Sqlite;
using SQLitePCL;
using UsabilityLab.Core.Events;

namespace UsabilityLab.Storage.Reading;

/// <summary>
/// Reads a run's events for analysis and reports straight off SQLite's statement API: half a million rows through EF
/// Core (materialising an <c>EventRow</c>, then mapping) cost seconds, most of it object and string churn. Columns are read
/// by ordinal through <see cref="NativeMethods"/>, and repeated strings come back as one shared instance
/// (<see cref="Utf8StringPool"/>). The schema stays EF Core's (<c>EventRow</c>, migrations); only this read bypasses it.
/// </summary>
internal static class EventReader
{
    // Session, time, then id: the order analysis relies on (a mutation in the same millisecond follows its click).
    private const string RunEventsSql =
        "SELECT Id, SessionId, AttemptId, Kind, TimeMs, Url, X, Y, ViewportX, ViewportY, ScrollX, ScrollY, Selector, Tag, Text, " +
        "Interactive, Button, BoxX, BoxY, BoxWidth, BoxHeight, Value, Detail, ViewportWidth FROM Events " +
        "WHERE SessionId IN (SELECT Id FROM Sessions WHERE RunId = ?1) ORDER BY SessionId, TimeMs, Id";

    /// <summary>
    /// True when Microsoft.Data.Sqlite runs on the bundled <c>e_sqlite3</c> library that <see cref="NativeMethods"/>
    /// calls; with any other SQLite provider, callers read events through EF Core instead.
    /// </summary>
    public static bool IsSupported { get; } = string.Equals(raw.GetNativeLibraryName(), NativeMethods.Library, StringComparison.Ordinal);

    /// <summary>Every event of run <paramref name="runId"/>, ordered by session, time and id.</summary>
    public static List<RecordedEvent> ReadRun(SqliteConnection connection, long runId, CancellationToken ct)
    {
        using var statement = SqliteStatements.Prepare(connection, RunEventsSql);
        SqliteStatements.Check(raw.sqlite3_bind_int64(statement, 1, runId), connection);
        var row = new EventColumns(statement.DangerousGetHandle());
        var events = new List<RecordedEvent>();
        int rc;
        while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
        {
            if ((events.Count & 0xFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            events.Add(row.Read());
        }

        if (rc != raw.SQLITE_DONE)
        {
            SqliteStatements.Check(rc, connection);
        }

        return events;
    }
}
