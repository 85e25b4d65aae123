namespace UsabilityLab.Core.Metrics;

/// <summary>The t-based confidence interval of a mean, <c>x̄ ± t(1−α/2, n−1)·s/√n</c>.</summary>
/// <remarks>Sauro &amp; Lewis (2016, ch. 3) recommend the t interval for rating scales at any sample size.</remarks>
public static class TInterval
{
    /// <summary>Mean and t-based confidence interval of <paramref name="values"/>.</summary>
    /// <param name="values">At least one finite value.</param>
    /// <param name="confidence">Confidence level, 0.95 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">The sample is empty or holds a non-finite value, or the confidence is outside (0, 1).</exception>
    public static MeanEstimate ForMean(IReadOnlyList<double> values, double confidence = 0.95)
    {
        Descriptive.RequireSample(values, nameof(values));
        Descriptive.RequireConfidence(confidence);

        var n = values.Count;
        var mean = Descriptive.Mean(values);
        var sd = Math.Sqrt(Descriptive.Variance(values));
        if (n < 2)
        {
            return new MeanEstimate(n, mean, 0, null);
        }

        var margin = Descriptive.TCritical(confidence, n - 1) * sd / Math.Sqrt(n);
        return new MeanEstimate(n, mean, sd, new Interval(mean - margin, mean + margin));
    }
}
