namespace UsabilityLab.Core.Metrics;

/// <summary>A sample mean with its t-based confidence interval.</summary>
/// <param name="N">Sample size.</param>
/// <param name="Mean">Arithmetic mean.</param>
/// <param name="StandardDeviation">Sample standard deviation (n − 1); 0 when N is 1.</param>
/// <param name="Ci">Confidence interval of the mean; null when N &lt; 2 (no variance estimate).</param>
public sealed record MeanEstimate(int N, double Mean, double StandardDeviation, Interval? Ci);
