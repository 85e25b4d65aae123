using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using nietras.SeparatedValues;
using UsabilityLab.Core.Files;

namespace UsabilityLab.Core.Import;

/// <summary>
/// A CSV file read through Sep: a regular file of at most <see cref="MaxBytes"/>, comma-separated, RFC 4180 quotes
/// unescaped, spaces around fields trimmed. The header row is read on opening; data rows stream with the line each
/// starts on. Problems that end reading (file, header, an unclosed quote) go to the problems it was opened with.
/// </summary>
internal sealed class CsvFile : IDisposable
{
    /// <summary>The largest CSV read: a million rows of results, far past any study, well short of exhausting memory.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Most header columns: a results file has at most eleven (SUS), so a wider one is some other file.</summary>
    public const int MaxColumns = 64;

    private static readonly SepReaderOptions Options = new(Sep.New(','))
    {
        // The header is read as a row so a duplicated column is ours to report (Sep would throw) and every row keeps its line.
        HasHeader = false,
        Unescape = true,
        Trim = SepTrim.All,
        // Short rows read as empty fields; long rows are reported here with their line.
        DisableColCountCheck = true,
        CultureInfo = CultureInfo.InvariantCulture,
        // Participant, task and outcome repeat on every row: one string each, not one per row.
        CreateToString = SepToString.PoolPerCol(),
    };

    private readonly SepReader reader;
    private readonly ImportProblems problems;

    private CsvFile(SepReader reader, ImportProblems problems, string sha256, CsvRow header)
    {
        this.reader = reader;
        this.problems = problems;
        Sha256 = sha256;
        Header = header;
    }

    /// <summary>Lowercase hex SHA-256 of the bytes read.</summary>
    public string Sha256 { get; }

    /// <summary>The first row, on line 1.</summary>
    public CsvRow Header { get; }

    /// <summary>Reads the file and its header, or reports why it cannot be read and returns <c>null</c>.</summary>
    public static CsvFile? Open(string path, ImportProblems problems)
    {
        var bytes = InputFile.TryReadBytes(path, MaxBytes, "CSV files", out var problem);
        if (bytes is null)
        {
            problems.Add(1, problem);
            return null;
        }

        var reader = Options.From(InputFile.OpenText(bytes));
        var header = reader.MoveNext() && !Unclosed(reader.Current, 1, problems) ? Copy(reader.Current, 1, MaxColumns, problems) : null;
        if (header is null)
        {
            if (problems.Count == 0)
                problems.Add(1, "the file is empty; expected a header row such as participant,task,outcome,time_s");
            reader.Dispose();
            return null;
        }

        return new CsvFile(reader, problems, Convert.ToHexStringLower(SHA256.HashData(bytes)), header);
    }

    /// <summary>The data rows, blank ones skipped. A row with more fields than the header is reported and skipped;
    /// an unclosed quote is reported and ends the rows, since everything after it was read as that one field.</summary>
    public IEnumerable<CsvRow> Rows()
    {
        while (reader.MoveNext())
        {
            // Sep numbers the first row line 2 when no header is declared (hence the header's fixed 1); later rows are right.
            var line = reader.Current.LineNumberFrom;
            if (Unclosed(reader.Current, line, problems))
                yield break;
            if (Copy(reader.Current, line, Header.Fields.Length, problems) is { IsBlank: false } row)
                yield return row;
        }
    }

    public void Dispose() => reader.Dispose();

    // Quotes pair up, unless one opened a field that never closed: then Sep read to the end of the file as one row.
    private static bool Unclosed(SepReader.Row row, int line, ImportProblems problems)
    {
        if (row.Span.Count('"') % 2 == 0)
            return false;
        problems.Add(line, "a quoted field is not closed; close it, and write a quote inside a quoted field as \"\"");
        return true;
    }

    private static CsvRow? Copy(SepReader.Row row, int line, int maxFields, ImportProblems problems)
    {
        var span = row.Span;
        var oneLine = row.LineNumberToExcl - row.LineNumberFrom <= 1;
        if (row.ColCount > maxFields)
        {
            var what = line == 1 ? $"a results file has at most {maxFields} columns" : $"the header has {maxFields}; quote a field that contains a comma";
            problems.Add(line, $"{row.ColCount} fields, but {what}", oneLine ? Column(span, row[maxFields].Span) : null);
            return null;
        }

        var fields = new string[row.ColCount];
        var columns = oneLine ? new int[row.ColCount] : null;
        for (var i = 0; i < fields.Length; i++)
        {
            var col = row[i];
            fields[i] = col.ToString();
            if (columns is not null)
                columns[i] = Column(span, col.Span) ?? 0;
        }

        return new CsvRow(line, fields, columns);
    }

    // Sep unescapes and trims in place, so a field (even an empty one) is a slice of the row's buffer, and its offset
    // there is its column on a one-line row.
    private static int? Column(ReadOnlySpan<char> row, ReadOnlySpan<char> field)
    {
        var offset = Unsafe.ByteOffset(ref MemoryMarshal.GetReference(row), ref MemoryMarshal.GetReference(field)) / sizeof(char);
        return offset >= 0 && offset <= row.Length ? (int)offset + 1 : null;
    }
}
