namespace UsabilityLab.Core.Import;

/// <summary>One row of a CSV file, its fields unescaped and trimmed.</summary>
/// <param name="Line">1-based line the row starts on.</param>
/// <param name="Fields">The fields in file order.</param>
/// <param name="Columns">1-based character column of each field, or <c>null</c> for a row spanning lines (a quoted line break).</param>
internal sealed record CsvRow(int Line, string[] Fields, int[]? Columns)
{
    /// <summary>The field at <paramref name="index"/>, or "" when the row is short or the column absent.</summary>
    public string this[int index] => index >= 0 && index < Fields.Length ? Fields[index] : "";

    /// <summary>Where the field at <paramref name="index"/> starts, when known.</summary>
    public int? ColumnOf(int index) => Columns is not null && index >= 0 && index < Columns.Length ? Columns[index] : null;

    /// <summary>True for a blank line or a row of empty fields, which imports skip.</summary>
    public bool IsBlank => Array.TrueForAll(Fields, f => f.Length == 0);
}
