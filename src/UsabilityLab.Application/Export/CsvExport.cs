using System.Globalization;
using System.Reflection;
using System.Text.Json;
using nietras.SeparatedValues;
using UsabilityLab.Core.Files;

namespace UsabilityLab.Application.Export;

/// <summary>
/// One table of an export as CSV for spreadsheets and R/pandas, written by Sep: a column per public property of the
/// row type (camelCase, as in the JSON export), values in the invariant culture, RFC 4180 quoting and CRLF line ends.
/// The file is written beside the target and renamed over it, so a reader never sees half a table.
/// </summary>
public static class CsvExport
{
    private static readonly SepWriterOptions Options = new(Sep.New(','))
    {
        Escape = true,
        CultureInfo = CultureInfo.InvariantCulture,
    };

    /// <summary>Writes <paramref name="rows"/> to <paramref name="name"/> in <paramref name="folder"/>; returns the file's path.</summary>
    public static string Write<T>(string folder, string name, IEnumerable<T> rows)
    {
        var properties = typeof(T).GetProperties().Where(p => p.GetIndexParameters().Length == 0).ToArray();
        var path = Path.Combine(folder, name);
        AtomicFile.WriteText(path, text =>
        {
            using var writer = Options.To(text);
            writer.Header.Add([.. properties.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))]);
            foreach (var item in rows)
            {
                WriteRow(writer, properties, item);
            }
        }, "\r\n");
        return path;
    }

    private static void WriteRow<T>(SepWriter writer, PropertyInfo[] properties, T item)
    {
        using var row = writer.NewRow();
        for (var i = 0; i < properties.Length; i++)
        {
            row[i].Set(Field(properties[i].GetValue(item)));
        }
    }

    // As the export always wrote them: doubles round-trip, booleans lowercase, enums by name, nothing culture-dependent.
    private static string Field(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
