namespace UsabilityLab.Benchmarks.Harness;

/// <summary>Median and spread of repeated measurements; the median is the headline because one slow outlier
/// (a GC, a disk flush) should not move it, and min/max plus the interquartile range show how stable it was.</summary>
internal sealed record Summary(double Median, double Min, double Max, double Q1, double Q3, int Count)
{
    public static Summary Of(IReadOnlyCollection<double> samples)
    {
        ArgumentOutOfRangeException.ThrowIfZero(samples.Count);
        var sorted = samples.Order().ToArray();
        return new Summary(Quantile(sorted, 0.5), sorted[0], sorted[^1], Quantile(sorted, 0.25), Quantile(sorted, 0.75), sorted.Length);
    }

    /// <summary>The <paramref name="p"/>-quantile (0–1) of <paramref name="samples"/>, e.g. 0.95 for a latency's p95.</summary>
    public static double Percentile(IReadOnlyCollection<double> samples, double p)
    {
        ArgumentOutOfRangeException.ThrowIfZero(samples.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        return Quantile(samples.Order().ToArray(), p);
    }

    /// <summary>A single figure that is not repeated (a count, a size).</summary>
    public static Summary Single(double value) => new(value, value, value, value, value, 1);

    /// <summary>Relative spread (max − min) / median, to flag unstable figures.</summary>
    public double RelativeSpread => Median == 0 ? 0 : (Max - Min) / Math.Abs(Median);

    /// <summary>Linear interpolation between closest ranks (the "type 7" rule of R and NumPy).</summary>
    private static double Quantile(double[] sorted, double p)
    {
        var position = (sorted.Length - 1) * p;
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }
}
