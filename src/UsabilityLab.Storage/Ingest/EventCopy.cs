using Npgsql;
using UsabilityLab.Core.Events;

namespace UsabilityLab.Storage.Ingest;

/// <summary>
/// Writes a batch of events with one binary COPY: the PostgreSQL counterpart of <see cref="EventWriter"/>. COPY
/// streams the rows in PostgreSQL's own binary format with no statement per row, and is all or nothing, as the SQLite
/// writer's transaction is. Stored exactly as EF Core stores them (kind by name).
/// </summary>
internal static class EventCopy
{
    private const string CopySql = """
        COPY "Events" ("SessionId", "AttemptId", "Kind", "TimeMs", "Url", "X", "Y", "ViewportX", "ViewportY", "ScrollX", "ScrollY",
            "Selector", "Tag", "Text", "Interactive", "Button", "BoxX", "BoxY", "BoxWidth", "BoxHeight", "Value", "Detail", "ViewportWidth")
        FROM STDIN (FORMAT BINARY)
        """;

    private static readonly string[] KindNames = Enum.GetValues<EventKind>().Select(k => k.ToString()).ToArray();

    /// <summary>Writes <paramref name="events"/> in one COPY on an open connection.</summary>
    public static void Write(NpgsqlConnection connection, IReadOnlyList<RecordedEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        using var importer = connection.BeginBinaryImport(CopySql);
        foreach (var e in events)
        {
            importer.StartRow();
            importer.Long(e.SessionId);
            importer.Long(e.AttemptId);
            importer.Text(KindName(e.Kind));
            importer.Real(e.TimeMs);
            importer.Text(e.Url);
            importer.Real(e.X);
            importer.Real(e.Y);
            importer.Real(e.ViewportX);
            importer.Real(e.ViewportY);
            importer.Real(e.ScrollX);
            importer.Real(e.ScrollY);
            importer.Text(e.Selector);
            importer.Text(e.Tag);
            importer.Text(e.Text);
            importer.Boolean(e.Interactive);
            importer.Integer(e.Button);
            importer.Real(e.BoxX);
            importer.Real(e.BoxY);
            importer.Real(e.BoxWidth);
            importer.Real(e.BoxHeight);
            importer.Real(e.Value);
            importer.Text(e.Detail);
            importer.Integer(e.ViewportWidth);
        }

        importer.Complete();
    }

    private static string KindName(EventKind kind) =>
        (uint)kind < (uint)KindNames.Length ? KindNames[(int)kind] : kind.ToString();
}
