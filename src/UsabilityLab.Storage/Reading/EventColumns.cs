using System.Runtime.InteropServices;
using UsabilityLab.Core.Events;

namespace UsabilityLab.Storage.Reading;

/// <summary>
/// Turns the current row of <see cref="EventReader"/>'s statement into a <see cref="RecordedEvent"/>, converting each
/// column exactly as EF Core's SQLite provider does (integers to bool/int, the kind from its stored name).
/// </summary>
/// <param name="statement">The native statement handle, kept alive by the reader for as long as this is used.</param>
internal sealed class EventColumns(IntPtr statement)
{
    private const int SqliteNull = 5;

    private static readonly Dictionary<string, EventKind> KindsByName =
        Enum.GetValues<EventKind>().ToDictionary(k => k.ToString(), StringComparer.Ordinal);

    // One pool per text column: a column's values repeat among themselves, and do not evict another column's.
    private readonly Utf8StringPool _kinds = new();
    private readonly Utf8StringPool _urls = new();
    private readonly Utf8StringPool _selectors = new();
    private readonly Utf8StringPool _tags = new();
    private readonly Utf8StringPool _texts = new();
    private readonly Utf8StringPool _details = new();
    private byte[] _utf8 = new byte[256];

    public RecordedEvent Read() => new()
    {
        Id = NativeMethods.sqlite3_column_int64(statement, 0),
        SessionId = NativeMethods.sqlite3_column_int64(statement, 1),
        AttemptId = Long(2),
        Kind = Kind(3),
        TimeMs = NativeMethods.sqlite3_column_double(statement, 4),
        Url = Text(5, _urls),
        X = Real(6),
        Y = Real(7),
        ViewportX = Real(8),
        ViewportY = Real(9),
        ScrollX = Real(10),
        ScrollY = Real(11),
        Selector = Text(12, _selectors),
        Tag = Text(13, _tags),
        Text = Text(14, _texts),
        Interactive = IsNull(15) ? null : NativeMethods.sqlite3_column_int64(statement, 15) != 0,
        Button = (int?)Long(16),
        BoxX = Real(17),
        BoxY = Real(18),
        BoxWidth = Real(19),
        BoxHeight = Real(20),
        Value = Real(21),
        Detail = Text(22, _details),
        ViewportWidth = (int?)Long(23),
    };

    private bool IsNull(int column) => NativeMethods.sqlite3_column_type(statement, column) == SqliteNull;

    private double? Real(int column) => IsNull(column) ? null : NativeMethods.sqlite3_column_double(statement, column);

    private long? Long(int column) => IsNull(column) ? null : NativeMethods.sqlite3_column_int64(statement, column);

    private string? Text(int column, Utf8StringPool pool) => IsNull(column) ? null : pool.Get(Utf8(column));

    private EventKind Kind(int column)
    {
        var name = _kinds.Get(Utf8(column));
        return KindsByName.TryGetValue(name, out var kind) ? kind : Enum.Parse<EventKind>(name);
    }

    /// <summary>The column's bytes as SQLite holds them (text is UTF-8), copied into a reused buffer.</summary>
    private ReadOnlySpan<byte> Utf8(int column)
    {
        var bytes = NativeMethods.sqlite3_column_blob(statement, column); // blob before bytes, as SQLite asks
        var length = NativeMethods.sqlite3_column_bytes(statement, column);
        if (length == 0)
        {
            return [];
        }

        if (length > _utf8.Length)
        {
            _utf8 = new byte[Math.Max(length, _utf8.Length * 2)];
        }

        Marshal.Copy(bytes, _utf8, 0, length);
        return _utf8.AsSpan(0, length);
    }
}
