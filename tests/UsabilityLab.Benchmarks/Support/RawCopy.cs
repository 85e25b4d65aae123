using Npgsql;
using NpgsqlTypes;
using UsabilityLab.Core.Events;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// The yardstick for event ingest into PostgreSQL: the hand-written bulk load — one connection, one binary COPY
/// (Npgsql's BeginBinaryImport) of all rows into the same Events table, the same columns, each value written with its
/// type. (The store writes the same COPY, one per batch of up to 2,000 events, from its background writer.)
/// </summary>
internal static class RawCopy
{
    private static readonly string Sql = $"COPY \"Events\" ({EventTable.ColumnList}) FROM STDIN (FORMAT BINARY)";

    public static void Write(NpgsqlConnection connection, IReadOnlyList<RecordedEvent> events)
    {
        using var importer = connection.BeginBinaryImport(Sql);
        foreach (var e in events)
        {
            // Typed writes (no per-value type lookup); Npgsql writes a null as NULL.
            importer.StartRow();
            importer.Write(e.SessionId, NpgsqlDbType.Bigint);
            importer.Write(e.AttemptId, NpgsqlDbType.Bigint);
            importer.Write(e.Kind.ToString(), NpgsqlDbType.Text);
            importer.Write(e.TimeMs, NpgsqlDbType.Double);
            importer.Write(e.Url, NpgsqlDbType.Text);
            importer.Write(e.X, NpgsqlDbType.Double);
            importer.Write(e.Y, NpgsqlDbType.Double);
            importer.Write(e.ViewportX, NpgsqlDbType.Double);
            importer.Write(e.ViewportY, NpgsqlDbType.Double);
            importer.Write(e.ScrollX, NpgsqlDbType.Double);
            importer.Write(e.ScrollY, NpgsqlDbType.Double);
            importer.Write(e.Selector, NpgsqlDbType.Text);
            importer.Write(e.Tag, NpgsqlDbType.Text);
            importer.Write(e.Text, NpgsqlDbType.Text);
            importer.Write(e.Interactive, NpgsqlDbType.Boolean);
            importer.Write(e.Button, NpgsqlDbType.Integer);
            importer.Write(e.BoxX, NpgsqlDbType.Double);
            importer.Write(e.BoxY, NpgsqlDbType.Double);
            importer.Write(e.BoxWidth, NpgsqlDbType.Double);
            importer.Write(e.BoxHeight, NpgsqlDbType.Double);
            importer.Write(e.Value, NpgsqlDbType.Double);
            importer.Write(e.Detail, NpgsqlDbType.Text);
            importer.Write(e.ViewportWidth, NpgsqlDbType.Integer);
        }

        importer.Complete();
    }
}
