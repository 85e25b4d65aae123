using UsabilityLab.Core.Metrics;

namespace UsabilityLab.Core.Tests.Metrics;

public class ComparisonTests
{
    [Fact]
    public void CompletionRates_SauroLewis11Of12Vs5Of10_NMinusOneTest()
    {
        // Sauro & Lewis ch. 5 (N−1 two-proportion test): 11/12 vs 5/10.
        // Independent hand computation: p₁ = 0.9167, p₂ = 0.5, pooled P = 16/22 = 0.7273, Q = 0.2727,
        // PQ(1/12 + 1/10) = 0.19835 × 0.18333 = 0.036364 ⇒ √ = 0.19069; √(21/22) = 0.97701;
        // z = 0.41667 × 0.97701 / 0.19069 = 2.135; two-sided p = 2·(1 − Φ(2.135)) = 0.0328.
        var result = Comparison.CompletionRates(11, 12, 5, 10);

        Assert.Equal(0.4167, result.Difference, 0.0005);
        Assert.Equal(2.135, result.Z, 0.005);
        Assert.Equal(0.033, result.P, 0.001);

        // Adjusted-Wald difference: p_adj₁ = (11 + 0.9604)/(12 + 1.9208) = 0.8592, p_adj₂ = 5.9604/11.9208 = 0.5,
        // se = √(0.8592·0.1408/13.9208 + 0.25/11.9208) = 0.17223 ⇒ 0.3592 ± 0.3376 = 0.022 … 0.697.
        Assert.Equal(0.022, result.Ci.Low, 0.005);
        Assert.Equal(0.697, result.Ci.High, 0.005);
    }

    [Fact]
    public void CompletionRates_EveryoneSucceededInBoth_NoDifference()
    {
        var result = Comparison.CompletionRates(8, 8, 5, 5);

        Assert.Equal(0, result.Z);
        Assert.Equal(1, result.P);
        Assert.True(result.Ci.Contains(0));
    }

    [Fact]
    public void Welch_HandComputedSmallSamples_MatchesArithmetic()
    {
        // a = 1..5: mean 3, s² = 2.5, s²/n = 0.5; b = 2, 4, 6: mean 4, s² = 4, s²/n = 1.3333.
        // se = √1.8333 = 1.35401, t = −1/1.35401 = −0.73855,
        // df = 1.8333² / (0.5²/4 + 1.3333²/2) = 3.3611 / 0.95139 = 3.5328, two-sided p = 0.506.
        var result = Comparison.Welch([1, 2, 3, 4, 5], [2, 4, 6]);

        Assert.Equal(-1, result.Difference, 10);
        Assert.Equal(-0.7386, result.T, 0.0005);
        Assert.Equal(3.533, result.DegreesOfFreedom, 0.001);
        Assert.Equal(0.506, result.P, 0.002);
        Assert.True(result.Ci.Contains(0));
    }

    [Fact]
    public void Welch_WikipediaExample1_MatchesPublished()
    {
        // Wikipedia, "Welch's t-test", example 1: t = −2.46, ν = 25.0, p = 0.021.
        double[] a1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
        double[] a2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];

        var result = Comparison.Welch(a1, a2);

        Assert.Equal(-2.46, result.T, 0.005);
        Assert.Equal(25.0, result.DegreesOfFreedom, 0.05);
        Assert.Equal(0.021, result.P, 0.001);
        Assert.False(result.Ci.Contains(0));
    }

    [Fact]
    public void Welch_WikipediaExample2UnequalSizes_MatchesPublished()
    {
        // Wikipedia, "Welch's t-test", example 2: t = −1.57, ν = 9.9, p = 0.149.
        double[] a1 = [17.2, 20.9, 22.6, 18.1, 21.7, 21.4, 23.5, 24.2, 14.7, 21.8];
        double[] a2 = [21.5, 22.8, 21.0, 23.0, 21.6, 23.6, 22.5, 20.7, 23.4, 21.8, 20.7, 21.7, 21.5, 22.5, 23.6, 21.5, 22.5, 23.5, 21.5, 21.8];

        var result = Comparison.Welch(a1, a2);

        Assert.Equal(-1.57, result.T, 0.005);
        Assert.Equal(9.9, result.DegreesOfFreedom, 0.05);
        Assert.Equal(0.149, result.P, 0.001);
    }

    [Fact]
    public void Welch_BothConstant_Throws() =>
        Assert.Throws<ArgumentException>(() => Comparison.Welch([3, 3], [4, 4]));

    [Fact]
    public void Welch_SingleValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Comparison.Welch([3], [4, 5]));

    [Fact]
    public void Times_SauroTimesVsSlowerRun_RatioOfGeometricMeans()
    {
        // Welch on ln t, cross-checked by hand: t = −1.800, df = 9.04, p = 0.105; ratio = exp(Δ mean ln) = 0.712.
        var result = Comparison.Times([55, 65, 75, 62, 45, 135], [80, 95, 70, 110, 150, 88]);

        Assert.Equal(68.24, result.GeoMeanA, 0.01);
        Assert.Equal(0.712, result.Ratio, 0.001);
        Assert.Equal(-1.800, result.T, 0.001);
        Assert.Equal(9.04, result.DegreesOfFreedom, 0.01);
        Assert.Equal(0.105, result.P, 0.001);
        Assert.True(result.RatioCi.Contains(1)); // p > 0.05 ⇔ the 95 % interval of the ratio contains 1
        Assert.True(result.RatioCi.Contains(result.Ratio));
    }

    [Fact]
    public void SusScores_ClearDifference_Significant()
    {
        // Welch by hand: Δ = 19.11, se = 4.326, t = 4.417, df = 10.18, p = 0.0012.
        var result = Comparison.SusScores([72.5, 85, 67.5, 90, 77.5, 80], [55, 62.5, 70, 47.5, 65, 60, 57.5]);

        Assert.Equal(19.11, result.Difference, 0.01);
        Assert.Equal(4.417, result.T, 0.001);
        Assert.Equal(0.0012, result.P, 0.0001);
        Assert.False(result.Ci.Contains(0));
    }

    [Fact]
    public void SusScores_OutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Comparison.SusScores([50, 101], [40, 60]));
}
