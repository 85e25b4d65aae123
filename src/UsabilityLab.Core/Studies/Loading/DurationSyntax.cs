using System.Globalization;
using System.Text.RegularExpressions;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// Durations as people write them: <c>500ms</c>, <c>2s</c>, <c>1.5s</c>, <c>2m</c>, <c>1m30s</c>, <c>1h</c>.
/// A bare number is refused because "120" could mean seconds or milliseconds and a wrong guess is silent.
/// </summary>
internal static partial class DurationSyntax
{
    public const string Examples = "500ms, 2s, 1.5s, 2m, 1m30s or 1h";

    // Units largest first; each may appear once, in this order, so "30s1m" is rejected as a likely typo.
    private static readonly string[] UnitOrder = ["h", "m", "s", "ms"];

    /// <summary>Parses a duration; on failure <paramref name="problem"/> completes "timeLimit '…' …".</summary>
    public static bool TryParse(string text, out TimeSpan value, out string problem)
    {
        value = TimeSpan.Zero;
        problem = "";
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        if (double.TryParse(compact, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            problem = "has no unit; add a unit, e.g. 120s";
            return false;
        }

        var milliseconds = 0.0;
        var lastUnit = -1;
        var position = 0;
        foreach (Match match in Component().Matches(compact))
        {
            var unit = Array.IndexOf(UnitOrder, match.Groups[2].Value);
            if (match.Index != position || unit <= lastUnit)
                break;
            milliseconds += double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) * UnitMilliseconds(unit);
            lastUnit = unit;
            position += match.Length;
        }

        if (compact.Length == 0 || position != compact.Length)
        {
            problem = $"is not a duration; write e.g. {Examples}";
            return false;
        }

        if (milliseconds >= TimeSpan.MaxValue.TotalMilliseconds)
        {
            problem = "is too long";
            return false;
        }

        value = TimeSpan.FromMilliseconds(milliseconds);
        return true;
    }

    /// <summary>A whole number of hours, minutes or seconds as written in a study (<c>24h</c>, <c>90m</c>, <c>30s</c>).</summary>
    public static string Format(TimeSpan value) => value switch
    {
        { Ticks: var t } when t % TimeSpan.TicksPerHour == 0 => FormattableString.Invariant($"{(long)value.TotalHours}h"),
        { Ticks: var t } when t % TimeSpan.TicksPerMinute == 0 => FormattableString.Invariant($"{(long)value.TotalMinutes}m"),
        _ => FormattableString.Invariant($"{value.TotalSeconds}s"),
    };

    private static double UnitMilliseconds(int unit) => unit switch
    {
        0 => 3_600_000,
        1 => 60_000,
        2 => 1_000,
        _ => 1,
    };

    // "ms" before "m" and "s" so "500ms" is not read as 500 minutes followed by garbage.
    [GeneratedRegex(@"([0-9]+(?:\.[0-9]+)?)(ms|h|m|s)", RegexOptions.CultureInvariant)]
    private static partial Regex Component();
}
