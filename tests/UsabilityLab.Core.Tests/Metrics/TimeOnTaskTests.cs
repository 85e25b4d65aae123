using UsabilityLab.Core.Metrics;

namespace UsabilityLab.Core.Tests.Metrics;

public class TimeOnTaskTests
{
    private const double Seconds = 1;

    [Fact]
    public void Summarize_SauroLewisExample_GeometricMean68Ci46To101()
    {
        // Sauro & Lewis, ch. 3: times 55, 65, 75, 62, 45, 135 s ⇒ geometric mean ≈ 68 s, 95 % CI ≈ 46–101 s.
        // By hand: mean ln t = 4.2230, sd ln t = 0.3757, se = 0.1534, t(0.975, 5) = 2.5706
        // ⇒ exp(4.2230 ± 0.3943) = 46.0 … 101.2 s.
        var summary = TimeOnTask.Summarize([55, 65, 75, 62, 45, 135]);

        Assert.Equal(68.2, summary.GeometricMean, Seconds);
        Assert.NotNull(summary.Ci);
        Assert.Equal(46, summary.Ci.Value.Low, Seconds);
        Assert.Equal(101, summary.Ci.Value.High, Seconds);
        Assert.Equal(63.5, summary.Median, 10);
        Assert.Equal(72.83, summary.Mean, 0.01);
        Assert.Equal(6, summary.N);
    }

    [Fact]
    public void Summarize_SingleTime_HasNoInterval()
    {
        var summary = TimeOnTask.Summarize([42]);

        Assert.Equal(42, summary.GeometricMean, 10);
        Assert.Null(summary.Ci);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(double.PositiveInfinity)]
    public void Summarize_NonPositiveOrInfiniteTime_Throws(double bad) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeOnTask.Summarize([10, bad]));

    [Fact]
    public void Summarize_Empty_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeOnTask.Summarize([]));

    [Fact]
    public void Median_EvenCount_AveragesMiddleValues() =>
        Assert.Equal(2.5, TimeOnTask.Median([4, 1, 3, 2]));

    [Fact]
    public void GeometricMean_TwoValues_IsSquareRootOfProduct() =>
        Assert.Equal(20, TimeOnTask.GeometricMean([10, 40]), 10);
}
