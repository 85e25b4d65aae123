using UsabilityLab.Core.Metrics;

namespace UsabilityLab.Core.Tests.Metrics;

public class EfficiencyTests
{
    [Theory]
    [InlineData(4, 8, 0.5)]
    [InlineData(4, 4, 1)]
    [InlineData(4, 3, 1)] // a shortcut is capped, not rewarded
    [InlineData(4, 0, 1)]
    [InlineData(0, 5, 0)]
    public void Click_Counts_GoldenOverActualCapped(int golden, int clicks, double expected) =>
        Assert.Equal(expected, Efficiency.Click(golden, clicks), 10);

    [Fact]
    public void Click_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.Click(-1, 3));

    [Fact]
    public void TimeBased_TwoSuccessesOneFailure_GoalsPerMinute()
    {
        // (1/0.5 min + 1/1 min + 0/1.5 min) / 3 = (2 + 1 + 0)/3 = 1.0 goal per minute.
        TimedAttempt[] attempts = [new(true, 30), new(true, 60), new(false, 90)];

        Assert.Equal(1.0, Efficiency.TimeBased(attempts), 10);
    }

    [Fact]
    public void OverallRelative_TwoSuccessesOneFailure_ShareOfProductiveTime()
    {
        // (30 + 60) / (30 + 60 + 90) = 0.5.
        TimedAttempt[] attempts = [new(true, 30), new(true, 60), new(false, 90)];

        Assert.Equal(0.5, Efficiency.OverallRelative(attempts), 10);
    }

    [Fact]
    public void TimeBased_ZeroTime_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.TimeBased([new(true, 0)]));

    [Fact]
    public void OverallRelative_Empty_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.OverallRelative([]));
}
