using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using UsabilityLab.Core.Events;

namespace UsabilityLab.Storage.Ingest;

/// <summary>
/// Binds one event's values to its row of an INSERT by position, stored exactly as EF Core stores them (kind by name,
/// flags as 0/1). Text goes through one reused UTF-8 buffer (SQLite copies bound text), so binding allocates nothing.
/// </summary>
internal sealed class EventBinder(SqliteConnection connection)
{
    private static readonly byte[][] KindNames =
        Enum.GetValues<EventKind>().Select(k => Encoding.UTF8.GetBytes(k.ToString())).ToArray();

    private byte[] _utf8 = new byte[256];

    /// <summary>Binds <paramref name="e"/> to row <paramref name="row"/> (0-based) of <paramref name="statement"/>.</summary>
    public void Bind(sqlite3_stmt statement, int row, RecordedEvent e)
    {
        var i = (row * EventWriter.ColumnCount) + 1; // SQLite numbers parameters from 1
        Check(raw.sqlite3_bind_int64(statement, i++, e.SessionId));
        Long(statement, i++, e.AttemptId);
        Check(raw.sqlite3_bind_text(statement, i++, KindName(e.Kind)));
        Check(raw.sqlite3_bind_double(statement, i++, e.TimeMs));
        Text(statement, i++, e.Url);
        i = Reals(statement, i, [e.X, e.Y, e.ViewportX, e.ViewportY, e.ScrollX, e.ScrollY]);
        Text(statement, i++, e.Selector);
        Text(statement, i++, e.Tag);
        Text(statement, i++, e.Text);
        Long(statement, i++, e.Interactive is { } interactive ? (interactive ? 1 : 0) : null);
        Long(statement, i++, e.Button);
        i = Reals(statement, i, [e.BoxX, e.BoxY, e.BoxWidth, e.BoxHeight, e.Value]);
        Text(statement, i++, e.Detail);
        Long(statement, i, e.ViewportWidth);
    }

    private static ReadOnlySpan<byte> KindName(EventKind kind) =>
        (uint)kind < (uint)KindNames.Length ? KindNames[(int)kind] : Encoding.UTF8.GetBytes(kind.ToString());

    /// <summary>Binds consecutive REAL columns from <paramref name="first"/>; returns the index after them.</summary>
    private int Reals(sqlite3_stmt statement, int first, ReadOnlySpan<double?> values)
    {
        foreach (var value in values)
        {
            Check(value is { } v ? raw.sqlite3_bind_double(statement, first, v) : raw.sqlite3_bind_null(statement, first));
            first++;
        }

        return first;
    }

    private void Long(sqlite3_stmt statement, int index, long? value) =>
        Check(value is { } v ? raw.sqlite3_bind_int64(statement, index, v) : raw.sqlite3_bind_null(statement, index));

    private void Text(sqlite3_stmt statement, int index, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(statement, index));
            return;
        }

        if (value.Length == 0)
        {
            // An empty span pins to a null pointer, which SQLite would store as NULL; the string overload keeps ''.
            Check(raw.sqlite3_bind_text(statement, index, value));
            return;
        }

        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (length > _utf8.Length)
        {
            _utf8 = new byte[Math.Max(length, _utf8.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(value, _utf8);
        Check(raw.sqlite3_bind_text(statement, index, _utf8.AsSpan(0, written)));
    }

    private void Check(int rc) => SqliteStatements.Check(rc, connection);
}
