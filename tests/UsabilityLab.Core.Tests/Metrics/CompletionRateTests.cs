using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Core.Tests.Metrics;

public class CompletionRateTests
{
    private const double Tolerance = 0.005;

    [Fact]
    public void AdjustedWald_FourOfFive_MatchesSauroLewisExample()
    {
        // Sauro & Lewis, Quantifying the User Experience, ch. 3: 4 of 5 users completed ⇒ 95 % CI 36 %–98 %.
        // By hand: z² = 3.8415, p_adj = (4 + 1.9207)/(5 + 3.8415) = 0.6697,
        // margin = 1.96·√(0.6697·0.3303/8.8415) = 0.3100 ⇒ 0.3597–0.9797.
        var p = CompletionRate.AdjustedWald(4, 5);

        Assert.Equal(0.8, p.Rate, 10);
        Assert.Equal(0.360, p.Low, Tolerance);
        Assert.Equal(0.980, p.High, Tolerance);
        Assert.Equal(4, p.Successes);
        Assert.Equal(5, p.N);
    }

    [Fact]
    public void AdjustedWald_NoSuccesses_LowClippedToZero()
    {
        var p = CompletionRate.AdjustedWald(0, 5);

        Assert.Equal(0, p.Rate);
        Assert.Equal(0, p.Low);
        Assert.InRange(p.High, 0.4, 0.5); // p_adj = 0.2172, margin = 0.2720 ⇒ 0.489
        Assert.Equal(0.489, p.High, Tolerance);
    }

    [Fact]
    public void AdjustedWald_AllSucceed_HighClippedToOne()
    {
        var p = CompletionRate.AdjustedWald(5, 5);

        Assert.Equal(1, p.High);
        Assert.Equal(0.511, p.Low, Tolerance); // mirror image of 0 of 5
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1, 5)]
    [InlineData(6, 5)]
    public void AdjustedWald_CountsOutOfRange_Throws(int successes, int n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CompletionRate.AdjustedWald(successes, n));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(double.NaN)]
    public void AdjustedWald_ConfidenceOutOfRange_Throws(double confidence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CompletionRate.AdjustedWald(1, 2, confidence));

    [Fact]
    public void FromOutcomes_MixedOutcomes_CountsEachAndSkipsInterrupted()
    {
        AttemptOutcome[] outcomes =
        [
            AttemptOutcome.Success, AttemptOutcome.Success, AttemptOutcome.Success, AttemptOutcome.Failed,
            AttemptOutcome.Abandoned, AttemptOutcome.Error, AttemptOutcome.Crashed, AttemptOutcome.Interrupted,
        ];

        var rates = CompletionRate.FromOutcomes(outcomes);

        Assert.Equal(7, rates.Attempts);
        Assert.Equal(3, rates.Success.Successes);
        Assert.Equal(1, rates.Failure.Successes);
        Assert.Equal(1, rates.Abandon.Successes);
        Assert.Equal(2, rates.TechnicalError.Successes); // Error + Crashed
        Assert.Equal(3.0 / 7, rates.Success.Rate, 10);
    }

    [Fact]
    public void FromOutcomes_OnlyInterrupted_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CompletionRate.FromOutcomes([AttemptOutcome.Interrupted]));
}
