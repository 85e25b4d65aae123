using SQLitePCL;
using UsabilityLab.Core.Events;

namespace UsabilityLab.Storage.Reading;

/// <summary>
/// Turns the current row of <see cref="EventReader"/>'s statement into a <see cref="RecordedEvent"/>, converting each
/// column exactly as EF Core's SQLite provider does (integers to bool/int, the kind from its stored name).
/// </summary>
internal sealed class EventColumns(sqlite3_stmt statement)
{
    private static readonly Dictionary<string, EventKind> KindsByName =
        Enum.GetValues<EventKind>().ToDictionary(k => k.ToString(), StringComparer.Ordinal);

    // One pool per text column: a column's values repeat among themselves, and do not evict another column's.
    private readonly Utf8StringPool _kinds = new();
    private readonly Utf8StringPool _urls = new();
    private readonly Utf8StringPool _selectors = new();
    private readonly Utf8StringPool _tags = new();
    private readonly Utf8StringPool _texts = new();
    private readonly Utf8StringPool _details = new();

    public RecordedEvent Read() => new()
    {
        Id = raw.sqlite3_column_int64(statement, 0),
        SessionId = raw.sqlite3_column_int64(statement, 1),
        AttemptId = Long(2),
        Kind = Kind(3),
        TimeMs = raw.sqlite3_column_double(statement, 4),
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
        Interactive = IsNull(15) ? null : raw.sqlite3_column_int64(statement, 15) != 0,
        Button = (int?)Long(16),
        BoxX = Real(17),
        BoxY = Real(18),
        BoxWidth = Real(19),
        BoxHeight = Real(20),
        Value = Real(21),
        Detail = Text(22, _details),
        ViewportWidth = (int?)Long(23),
    };

    private bool IsNull(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

    private double? Real(int column) => IsNull(column) ? null : raw.sqlite3_column_double(statement, column);

    private long? Long(int column) => IsNull(column) ? null : raw.sqlite3_column_int64(statement, column);

    private string? Text(int column, Utf8StringPool pool) => IsNull(column) ? null : pool.Get(raw.sqlite3_column_blob(statement, column));

    private EventKind Kind(int column)
    {
        var name = _kinds.Get(raw.sqlite3_column_blob(statement, column));
        return KindsByName.TryGetValue(name, out var kind) ? kind : Enum.Parse<EventKind>(name);
    }
}
