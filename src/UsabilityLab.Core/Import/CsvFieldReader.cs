using System.Globalization;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Core.Import;

/// <summary>Typed field access on one row that records a located problem per bad field instead of throwing.</summary>
internal sealed class CsvFieldReader(IReadOnlyDictionary<string, int> columns, CsvRow row, ImportProblems problems)
{
    /// <summary>Longest time on task imported: a week in seconds. Anything longer is a unit mix-up (ms, or a timestamp).</summary>
    public const double MaxSeconds = 7 * 24 * 3600;

    public string Text(string column)
    {
        var value = Field(column);
        if (value.Length == 0)
            Fail(column, $"'{column}' is empty");
        return value;
    }

    public AttemptOutcome Outcome(string column)
    {
        var value = Field(column).ToLowerInvariant();
        return value switch
        {
            "success" => AttemptOutcome.Success,
            "failed" => AttemptOutcome.Failed,
            "abandoned" => AttemptOutcome.Abandoned,
            "error" => AttemptOutcome.Error,
            _ => Fail<AttemptOutcome>(column, $"outcome '{value}' is not one of success, failed, abandoned, error"),
        };
    }

    public double Seconds(string column)
    {
        var value = Field(column);
        // NaN fails both comparisons, and 1e308 (or an overflow to infinity) fails the upper one.
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds <= MaxSeconds
            ? seconds
            : Fail<double>(column, FormattableString.Invariant($"{column} '{value}' is not a number of seconds from 0 to {MaxSeconds} (a week); use a dot for decimals"));
    }

    public int? Int(string column, int min, int max)
    {
        var value = Field(column);
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : Fail<int?>(column, $"{column} '{value}' must be a whole number {min}–{max}");
    }

    public int? OptionalInt(string column, int min, int max) => Field(column).Length == 0 ? null : Int(column, min, max);

    private string Field(string column) => row[Index(column)];

    private int Index(string column) => columns.TryGetValue(column, out var index) ? index : -1;

    private T Fail<T>(string column, string message)
    {
        Fail(column, message);
        return default!;
    }

    private void Fail(string column, string message) => problems.Add(row.Line, message, row.ColumnOf(Index(column)));
}
