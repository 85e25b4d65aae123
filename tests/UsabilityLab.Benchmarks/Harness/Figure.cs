namespace UsabilityLab.Benchmarks.Harness;

/// <summary>One measured figure of a benchmark, e.g. "events/s, store" with its median and spread.</summary>
/// <param name="Label">What was measured.</param>
/// <param name="Unit">Unit of the values (ms, events/s, ×, KB…).</param>
/// <param name="Value">Median and spread over the repetitions.</param>
/// <param name="Samples">The raw repetitions, for the JSON output.</param>
internal sealed record Figure(string Label, string Unit, Summary Value, IReadOnlyList<double> Samples)
{
    public static Figure From(string label, string unit, IReadOnlyCollection<double> samples) =>
        new(label, unit, Summary.Of(samples), [.. samples]);

    public static Figure Single(string label, string unit, double value) =>
        new(label, unit, Summary.Single(value), [value]);
}
