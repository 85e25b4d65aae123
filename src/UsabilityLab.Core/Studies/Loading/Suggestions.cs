namespace UsabilityLab.Core.Studies.Loading;

/// <summary>"Did you mean" hints: the closest candidate within a small edit distance.</summary>
internal static class Suggestions
{
    private const int MaxDistance = 2;

    /// <summary>The candidate closest to <paramref name="input"/>, or <c>null</c> when none is close enough.</summary>
    /// <remarks>
    /// Case is ignored for the distance (<c>timelimit</c> → <c>timeLimit</c> is distance 0) but an exact match is not a
    /// suggestion. Short inputs need a distance below their length, so <c>x</c> does not "suggest" <c>id</c>.
    /// </remarks>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (candidate == input)
                continue;
            var distance = Distance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance <= MaxDistance && distance < input.Length && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>"; did you mean 'x'?" or, with nothing close, "; use one of a, b, c".</summary>
    public static string Hint(string input, IReadOnlyCollection<string> candidates, string listLead = "use one of")
    {
        var closest = Closest(input, candidates);
        return closest is not null
            ? $"; did you mean '{closest}'?"
            : $"; {listLead} {string.Join(", ", candidates)}";
    }

    /// <summary>Levenshtein distance (insert, delete, substitute each cost 1).</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitute, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
