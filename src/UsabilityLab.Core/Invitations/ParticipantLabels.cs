using System.Globalization;

namespace UsabilityLab.Core.Invitations;

/// <summary>
/// The labels invitations give participants: P01, P02, … (two digits at least, more past P99). Pseudonymous on
/// purpose: a link names no person.
/// </summary>
public static class ParticipantLabels
{
    /// <summary>The label of the <paramref name="number"/>th participant (1-based).</summary>
    public static string Of(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        return "P" + number.ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>The number in a label of this form (P07 → 7); null for any other label, which numbering skips.</summary>
    public static int? NumberOf(string label) =>
        label is ['P', _, _, ..] && label.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0
        && int.TryParse(label.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : null;

    /// <summary>The next <paramref name="count"/> labels after the highest numbered one in <paramref name="taken"/>.</summary>
    public static IReadOnlyList<string> Next(IEnumerable<string> taken, int count)
    {
        ArgumentNullException.ThrowIfNull(taken);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var highest = taken.Select(NumberOf).Max() ?? 0;
        return [.. Enumerable.Range(highest + 1, count).Select(Of)];
    }
}
