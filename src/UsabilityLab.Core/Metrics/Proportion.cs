using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Core.Metrics;

/// <summary>A proportion with its confidence interval.</summary>
/// <param name="Successes">Number of events counted (x).</param>
/// <param name="N">Number of trials (n).</param>
/// <param name="Rate">Observed proportion x / n (the point estimate reported to stakeholders).</param>
/// <param name="Low">Lower confidence bound, clipped to 0.</param>
/// <param name="High">Upper confidence bound, clipped to 1.</param>
public sealed record Proportion(int Successes, int N, double Rate, double Low, double High)
{
    /// <summary>The confidence interval as an <see cref="Interval"/>.</summary>
    public Interval Ci => new(Low, High);
}
