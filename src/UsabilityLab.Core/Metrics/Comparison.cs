using MathNet.Numerics.Distributions;

namespace UsabilityLab.Core.Metrics;

/// <summary>Between-subjects comparisons of two runs (e.g. before/after a redesign). Every difference is A − B.</summary>
public static class Comparison
{
    /// <summary>
    /// Compares completion rates with the N−1 two-proportion test (Campbell 2007), which Sauro &amp; Lewis (2016, ch. 5)
    /// recommend for the small samples of usability tests:
    /// z = (p̂₁ − p̂₂)·√((N − 1)/N) / √(P·Q·(1/n₁ + 1/n₂)), with P the pooled rate, Q = 1 − P, N = n₁ + n₂.
    /// The interval of the difference is the adjusted-Wald one of Sauro &amp; Lewis: add z²/4 successes and z²/2
    /// trials to each group, then apply the Wald formula for a difference.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A count out of range or confidence outside (0, 1).</exception>
    public static ProportionDifference CompletionRates(int successesA, int nA, int successesB, int nB, double confidence = 0.95)
    {
        var a = CompletionRate.AdjustedWald(successesA, nA, confidence);
        var b = CompletionRate.AdjustedWald(successesB, nB, confidence);
        var difference = a.Rate - b.Rate;

        var n = nA + nB;
        var pooled = (double)(successesA + successesB) / n;
        var pq = pooled * (1 - pooled);

        // All successes (or all failures) in both groups: the rates are identical and there is nothing to test.
        var zStat = pq == 0 ? 0 : difference * Math.Sqrt((n - 1.0) / n) / Math.Sqrt(pq * ((1.0 / nA) + (1.0 / nB)));
        var p = 2 * (1 - Normal.CDF(0, 1, Math.Abs(zStat)));

        var z = Descriptive.ZCritical(confidence);
        var (pA, nAdjA) = Adjusted(successesA, nA, z);
        var (pB, nAdjB) = Adjusted(successesB, nB, z);
        var margin = z * Math.Sqrt((pA * (1 - pA) / nAdjA) + (pB * (1 - pB) / nAdjB));
        var ci = new Interval(pA - pB - margin, pA - pB + margin).Clip(-1, 1);

        return new ProportionDifference(a, b, difference, zStat, p, ci);
    }

    /// <summary>
    /// Welch's t-test: t = (x̄₁ − x̄₂)/√(s₁²/n₁ + s₂²/n₂) with Welch–Satterthwaite degrees of freedom. It does not
    /// assume equal variances, which two runs of a usability test rarely have.
    /// </summary>
    /// <param name="a">First sample, at least 2 finite values.</param>
    /// <param name="b">Second sample, at least 2 finite values.</param>
    /// <param name="confidence">Confidence level of the difference interval, 0.95 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">A sample with fewer than 2 values or a non-finite value; confidence outside (0, 1).</exception>
    /// <exception cref="ArgumentException">Both samples have zero variance, so t is undefined.</exception>
    public static WelchResult Welch(IReadOnlyList<double> a, IReadOnlyList<double> b, double confidence = 0.95)
    {
        Descriptive.RequireSample(a, nameof(a), 2);
        Descriptive.RequireSample(b, nameof(b), 2);
        Descriptive.RequireConfidence(confidence);

        var va = Descriptive.Variance(a) / a.Count;
        var vb = Descriptive.Variance(b) / b.Count;
        var se = Math.Sqrt(va + vb);
        if (se == 0)
        {
            throw new ArgumentException("Both samples have zero variance; a t-test is undefined.", nameof(b));
        }

        var meanA = Descriptive.Mean(a);
        var meanB = Descriptive.Mean(b);
        var difference = meanA - meanB;
        var t = difference / se;
        var df = (va + vb) * (va + vb) / ((va * va / (a.Count - 1)) + (vb * vb / (b.Count - 1)));
        var p = 2 * (1 - StudentT.CDF(0, 1, df, Math.Abs(t)));
        var margin = Descriptive.TCritical(confidence, df) * se;
        return new WelchResult(meanA, meanB, difference, t, df, p, new Interval(difference - margin, difference + margin));
    }

    /// <summary>
    /// Compares task times with a Welch t-test on the log times (Sauro &amp; Lewis: compare times on the log scale
    /// because they are skewed). The back-transformed difference is the ratio of geometric means.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A sample with fewer than 2 times, or a time ≤ 0.</exception>
    /// <exception cref="ArgumentException">Both samples have zero variance.</exception>
    public static TimeRatio Times(IReadOnlyList<double> secondsA, IReadOnlyList<double> secondsB, double confidence = 0.95)
    {
        var geoA = TimeOnTask.GeometricMean(secondsA);
        var geoB = TimeOnTask.GeometricMean(secondsB);
        var welch = Welch(secondsA.Select(s => Math.Log(s)).ToArray(), secondsB.Select(s => Math.Log(s)).ToArray(), confidence);
        var ci = new Interval(Math.Exp(welch.Ci.Low), Math.Exp(welch.Ci.High));
        return new TimeRatio(geoA, geoB, geoA / geoB, ci, welch.T, welch.DegreesOfFreedom, welch.P);
    }

    /// <summary>Compares SUS scores (0–100) with a Welch t-test on the raw scores.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 2 scores in a sample, or a score outside 0–100.</exception>
    /// <exception cref="ArgumentException">Both samples have zero variance.</exception>
    public static WelchResult SusScores(IReadOnlyList<double> scoresA, IReadOnlyList<double> scoresB, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(scoresA);
        ArgumentNullException.ThrowIfNull(scoresB);
        if (scoresA.Concat(scoresB).Any(s => s is < 0 or > 100))
        {
            throw new ArgumentOutOfRangeException(nameof(scoresA), "SUS scores must be between 0 and 100.");
        }

        return Welch(scoresA, scoresB, confidence);
    }

    private static (double P, double N) Adjusted(int successes, int n, double z) =>
        ((successes + (z * z / 4)) / (n + (z * z / 2)), n + (z * z / 2));
}
