namespace UsabilityLab.Benchmarks.Harness;

/// <summary>A goal from the issues and whether this run met it, with the measured value.</summary>
/// <param name="Text">The goal as the issue states it.</param>
/// <param name="Measured">The measured value (a ratio or an absolute figure).</param>
/// <param name="Target">The limit.</param>
/// <param name="Unit">Unit of both.</param>
/// <param name="AtMost">True when the measured value must not exceed the target; false when it must reach it.</param>
/// <param name="NotChecked">Why the goal could not be checked in this run (quick mode measures smaller inputs); null when checked.</param>
internal sealed record Goal(string Text, double Measured, double Target, string Unit, bool AtMost, string? NotChecked = null)
{
    public bool Met => NotChecked is not null || (AtMost ? Measured <= Target : Measured >= Target);

    public static Goal Max(string text, double measured, double target, string unit) => new(text, measured, target, unit, true);

    public static Goal Min(string text, double measured, double target, string unit) => new(text, measured, target, unit, false);

    /// <summary>"met", "NOT MET" or "not checked".</summary>
    public string Status => NotChecked is not null ? "not checked" : Met ? "met" : "NOT MET";

    public string Limit => $"{(AtMost ? "≤" : "≥")} {Format.Target(Target)} {Unit}";

    public string Verdict => NotChecked is not null
        ? $"not checked: {NotChecked} (goal {Limit})"
        : $"{Status}: {Format.Number(Measured)} {Unit} (goal {Limit})";

    /// <summary>This goal, marked as not checked when <paramref name="reason"/> is given.</summary>
    public Goal Unless(string? reason) => reason is null ? this : this with { NotChecked = reason };
}
