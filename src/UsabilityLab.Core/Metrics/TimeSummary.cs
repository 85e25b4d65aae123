namespace UsabilityLab.Core.Metrics;

/// <summary>Summary of task times (seconds).</summary>
/// <param name="N">Number of times.</param>
/// <param name="GeometricMean">exp(mean(ln t)), the best small-sample estimate of the median time.</param>
/// <param name="Ci">Confidence interval of the geometric mean (t interval in log space, back-transformed); null when N &lt; 2.</param>
/// <param name="Median">Sample median.</param>
/// <param name="Mean">Arithmetic mean (pulled up by slow outliers; shown for reference).</param>
public sealed record TimeSummary(int N, double GeometricMean, Interval? Ci, double Median, double Mean);
