using System.Data;
using Npgsql;
using UsabilityLab.Core.Events;

namespace UsabilityLab.Storage.Reading;

/// <summary>
/// Reads a run's events off PostgreSQL by column ordinal, the counterpart of <see cref="EventReader"/>: one query,
/// each row streamed (sequential access), no EF Core row in between. Repeated texts come back as one shared string per
/// value, as the SQLite reader's do, so half a million events that repeat a handful of URLs hold each URL once.
/// </summary>
internal static class PostgresEventReader
{
    // Session, time, then id: the order analysis relies on (a mutation in the same millisecond follows its click).
    private const string RunEventsSql = """
        SELECT "Id", "SessionId", "AttemptId", "Kind", "TimeMs", "Url", "X", "Y", "ViewportX", "ViewportY", "ScrollX", "ScrollY",
            "Selector", "Tag", "Text", "Interactive", "Button", "BoxX", "BoxY", "BoxWidth", "BoxHeight", "Value", "Detail", "ViewportWidth"
        FROM "Events" WHERE "SessionId" IN (SELECT "Id" FROM "Sessions" WHERE "RunId" = $1) ORDER BY "SessionId", "TimeMs", "Id"
        """;

    private static readonly Dictionary<string, EventKind> KindsByName =
        Enum.GetValues<EventKind>().ToDictionary(k => k.ToString(), StringComparer.Ordinal);

    /// <summary>Every event of run <paramref name="runId"/>, ordered by session, time and id.</summary>
    public static async Task<List<RecordedEvent>> ReadRunAsync(NpgsqlConnection connection, long runId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(RunEventsSql, connection);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = runId });
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
        var strings = new StringPool();
        var events = new List<RecordedEvent>();
        while (await reader.ReadAsync(ct))
        {
            // Sequential access: every column read once, in order.
            events.Add(new RecordedEvent
            {
                Id = reader.GetInt64(0),
                SessionId = reader.GetInt64(1),
                AttemptId = Long(reader, 2),
                Kind = Kind(reader.GetString(3)),
                TimeMs = reader.GetDouble(4),
                Url = Text(reader, 5, strings),
                X = Real(reader, 6),
                Y = Real(reader, 7),
                ViewportX = Real(reader, 8),
                ViewportY = Real(reader, 9),
                ScrollX = Real(reader, 10),
                ScrollY = Real(reader, 11),
                Selector = Text(reader, 12, strings),
                Tag = Text(reader, 13, strings),
                Text = Text(reader, 14, strings),
                Interactive = reader.IsDBNull(15) ? null : reader.GetBoolean(15),
                Button = reader.IsDBNull(16) ? null : reader.GetInt32(16),
                BoxX = Real(reader, 17),
                BoxY = Real(reader, 18),
                BoxWidth = Real(reader, 19),
                BoxHeight = Real(reader, 20),
                Value = Real(reader, 21),
                Detail = Text(reader, 22, strings),
                ViewportWidth = reader.IsDBNull(23) ? null : reader.GetInt32(23),
            });
        }

        return events;
    }

    private static EventKind Kind(string name) => KindsByName.TryGetValue(name, out var kind) ? kind : Enum.Parse<EventKind>(name);

    private static double? Real(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetDouble(column);

    private static long? Long(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetInt64(column);

    private static string? Text(NpgsqlDataReader reader, int column, StringPool strings) =>
        reader.IsDBNull(column) ? null : strings.Get(reader.GetString(column));

    /// <summary>Hands back the first instance of each short value (bounded: past its size, values are simply kept as read).</summary>
    private sealed class StringPool
    {
        private const int MaxPooledLength = 512;
        private const int MaxEntries = 16_384;
        private readonly Dictionary<string, string> _known = new(StringComparer.Ordinal);

        public string Get(string value)
        {
            if (value.Length == 0)
            {
                return "";
            }

            if (value.Length > MaxPooledLength)
            {
                return value;
            }

            if (_known.TryGetValue(value, out var known))
            {
                return known;
            }

            if (_known.Count < MaxEntries)
            {
                _known.Add(value, value);
            }

            return value;
        }
    }
}
