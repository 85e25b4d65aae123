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

/// <summary>A goal from the issues and whether this run met it, with the measured value.</summary>
/// <param name="Text">The goal as the issue states it.</param>
/// <param name="Measured">The measured value (a ratio or an absolute figure).</param>
/// <param name="Target">The limit.</param>
/// <param name="Unit">Unit of both.</param>
/// <param name="AtMost">True when the measured value must not exceed the target; false when it must reach it.</param>
internal sealed record Goal(string Text, double Measured, double Target, string Unit, bool AtMost)
{
    public bool Met => AtMost ? Measured <= Target : Measured >= Target;

    public static Goal Max(string text, double measured, double target, string unit) => new(text, measured, target, unit, true);

    public static Goal Min(string text, double measured, double target, string unit) => new(text, measured, target, unit, false);

    public string Verdict => $"{(Met ? "met" : "NOT MET")}: {Format.Number(Measured)} {Unit} (goal {(AtMost ? "≤" : "≥")} {Format.Number(Target)} {Unit})";
}
