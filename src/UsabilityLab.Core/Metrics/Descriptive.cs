namespace UsabilityLab.Core.Metrics;

/// <summary>Descriptive statistics shared by the metrics. Internal: the public surface is the metric classes.</summary>
internal static class Descriptive
{
    /// <summary>Throws unless the sample is non-empty and every value is finite.</summary>
    public static void RequireSample(IReadOnlyList<double> values, string paramName, int minCount = 1)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        if (values.Count < minCount)
        {
            throw new ArgumentOutOfRangeException(paramName, $"Need at least {minCount} value(s), got {values.Count}.");
        }

        foreach (var v in values)
        {
            if (!double.IsFinite(v))
            {
                throw new ArgumentOutOfRangeException(paramName, $"Values must be finite numbers, got {v}.");
            }
        }
    }

    /// <summary>Throws unless 0 &lt; confidence &lt; 1.</summary>
    public static void RequireConfidence(double confidence)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), $"Confidence must be between 0 and 1 (exclusive), got {confidence}.");
        }
    }

    public static double Mean(IReadOnlyList<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum / values.Count;
    }

    /// <summary>Sample variance (n − 1 denominator); 0 for a single value.</summary>
    public static double Variance(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return 0;
        }

        var mean = Mean(values);
        var ss = 0.0;
        foreach (var v in values)
        {
            ss += (v - mean) * (v - mean);
        }

        return ss / (values.Count - 1);
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Two-sided critical value of Student's t, e.g. 2.571 for 95 % and 5 degrees of freedom.</summary>
    public static double TCritical(double confidence, double degreesOfFreedom) =>
        MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - ((1 - confidence) / 2));

    /// <summary>Two-sided critical value of the standard normal, e.g. 1.96 for 95 %.</summary>
    public static double ZCritical(double confidence) =>
        MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));
}
