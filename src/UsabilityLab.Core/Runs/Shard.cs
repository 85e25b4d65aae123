using System.Globalization;
using UsabilityLab.Core.Errors;

namespace UsabilityLab.Core.Runs;

/// <summary>
/// One of <see cref="Count"/> slices of a run's participants, as Playwright Test's <c>--shard K/N</c> slices its tests:
/// participant <c>i</c> (0-based: P01 is 0) belongs to shard <c>(i mod N) + 1</c>. Every shard of a run draws the same
/// roster from the run's seed and records only its own participants, so a run split over N machines records what one
/// machine would have.
/// </summary>
/// <param name="Index">K, from 1.</param>
/// <param name="Count">N, the number of shards.</param>
public sealed record Shard(int Index, int Count)
{
    /// <summary>The most shards one run may be split into.</summary>
    public const int MaxCount = 1_000;

    /// <summary>Parses <c>K/N</c>; anything else is an <see cref="InputException"/> naming the option.</summary>
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count is >= 1 and <= MaxCount && index >= 1 && index <= count)
        {
            return new Shard(index, count);
        }

        throw new InputException($"--shard {text}: use K/N with 1 ≤ K ≤ N ≤ {MaxCount} (e.g. --shard 2/4: the second of four)");
    }

    /// <summary>Whether the participant at <paramref name="participantIndex"/> (0-based) is this shard's.</summary>
    public bool Includes(int participantIndex) => participantIndex % Count == Index - 1;

    /// <summary>K/N.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
