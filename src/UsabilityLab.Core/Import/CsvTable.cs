using Microsoft.VisualBasic.FileIO;

namespace UsabilityLab.Core.Import;

/// <summary>A CSV file read with its header checked and every data row's line number kept for error messages.</summary>
/// <param name="File">File name as given (used in messages).</param>
/// <param name="Columns">Header names, lower-cased and trimmed.</param>
/// <param name="Rows">Data rows with their 1-based line numbers.</param>
public sealed record CsvTable(string File, IReadOnlyList<string> Columns, IReadOnlyList<CsvRow> Rows)
{
    /// <summary>
    /// Reads a CSV file (RFC 4180 quoting, via the framework's TextFieldParser). Problems that stop reading
    /// (missing file, malformed quoting, no header) are returned as diagnostics instead of a table.
    /// </summary>
    public static (CsvTable? Table, IReadOnlyList<ImportDiagnostic> Problems) Read(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            return (null, [new ImportDiagnostic(path, 1, "file not found")]);
        }

        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = true };
        parser.SetDelimiters(",");
        try
        {
            var header = parser.ReadFields();
            if (header is null)
            {
                return (null, [new ImportDiagnostic(path, 1, "the file is empty; expected a header row")]);
            }

            var rows = new List<CsvRow>();
            while (!parser.EndOfData)
            {
                var line = parser.LineNumber;
                var fields = parser.ReadFields();
                if (fields is not null && fields.Any(f => f.Length > 0))
                {
                    rows.Add(new CsvRow((int)line, fields));
                }
            }

            return (new CsvTable(path, header.Select(h => h.Trim().ToLowerInvariant()).ToList(), rows), []);
        }
        catch (MalformedLineException ex)
        {
            return (null, [new ImportDiagnostic(path, (int)ex.LineNumber, "malformed CSV (unbalanced quotes?)")]);
        }
    }

    /// <summary>Index of a column, or -1.</summary>
    public int IndexOf(string column) => Columns.ToList().IndexOf(column);
}

/// <summary>One data row.</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields)
{
    /// <summary>The field at <paramref name="index"/>, or "" when the row is short or the column absent.</summary>
    public string this[int index] => index >= 0 && index < Fields.Count ? Fields[index] : "";
}

/// <summary>One problem in an imported file: <c>FILE:LINE: message</c>.</summary>
public sealed record ImportDiagnostic(string File, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}: {Message}";
}
