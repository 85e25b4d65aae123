using Npgsql;
using NpgsqlTypes;

namespace UsabilityLab.Storage.Ingest;

/// <summary>
/// Writes one COPY row's values in column order, a null as NULL, each with its PostgreSQL type named (binary COPY
/// carries no types: the value must already be in the column's format).
/// </summary>
internal static class CopyValues
{
    public static void Long(this NpgsqlBinaryImporter importer, long? value)
    {
        if (value is { } v)
        {
            importer.Write(v, NpgsqlDbType.Bigint);
        }
        else
        {
            importer.WriteNull();
        }
    }

    public static void Integer(this NpgsqlBinaryImporter importer, int? value)
    {
        if (value is { } v)
        {
            importer.Write(v, NpgsqlDbType.Integer);
        }
        else
        {
            importer.WriteNull();
        }
    }

    public static void Real(this NpgsqlBinaryImporter importer, double? value)
    {
        if (value is { } v)
        {
            importer.Write(v, NpgsqlDbType.Double);
        }
        else
        {
            importer.WriteNull();
        }
    }

    public static void Boolean(this NpgsqlBinaryImporter importer, bool? value)
    {
        if (value is { } v)
        {
            importer.Write(v, NpgsqlDbType.Boolean);
        }
        else
        {
            importer.WriteNull();
        }
    }

    public static void Text(this NpgsqlBinaryImporter importer, string? value)
    {
        if (value is null)
        {
            importer.WriteNull();
            return;
        }

        importer.Write(StorableText(value), NpgsqlDbType.Text);
    }

    /// <summary>
    /// PostgreSQL's text cannot hold U+0000 (SQLite's can). A page's script can put one into an element's text; it
    /// becomes U+FFFD, the character an HTML parser puts in its place.
    /// </summary>
    public static string StorableText(string value) =>
        value.Contains('\0', StringComparison.Ordinal) ? value.Replace('\0', '\uFFFD') : value;
}
