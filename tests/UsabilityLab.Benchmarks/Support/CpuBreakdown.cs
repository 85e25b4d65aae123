using UsabilityLab.Benchmarks.Harness;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>CPU seconds by kind of process (<see cref="ProcessSampler.CpuSecondsByKind"/>), summarised over repetitions.</summary>
internal static class CpuBreakdown
{
    /// <summary>The median of each kind's seconds over the rounds, kinds under 5 ms left out.</summary>
    public static List<(string Kind, double Seconds)> Medians(IReadOnlyList<IReadOnlyDictionary<string, double>> rounds) =>
        rounds.SelectMany(r => r.Keys).Distinct(StringComparer.Ordinal)
            .Select(k => (Kind: k, Seconds: Summary.Of(rounds.Select(r => r.GetValueOrDefault(k)).ToList()).Median))
            .Where(k => k.Seconds >= 0.005).OrderByDescending(k => k.Seconds).ToList();

    /// <summary>"1.23 s: Chromium renderer 0.61 s (50 %), …", largest first.</summary>
    public static string Describe(IReadOnlyList<IReadOnlyDictionary<string, double>> rounds)
    {
        var medians = Medians(rounds);
        var total = medians.Sum(k => k.Seconds);
        return Format.Invariant($"{total:0.00} s") + ": " + string.Join(", ", medians.Select(k => Format.Invariant($"{k.Kind} {k.Seconds:0.00} s ({k.Seconds / total:0%})")));
    }
}
