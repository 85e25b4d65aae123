using UsabilityLab.Core.Metrics;

namespace UsabilityLab.Core.Tests.Metrics;

public class LostnessTests
{
    [Fact]
    public void Compute_SmithExample_Is060()
    {
        // N = 6 unique pages, S = 9 visits, R = 3: √((6/9 − 1)² + (3/6 − 1)²) = √(0.1111 + 0.25) = 0.601.
        Assert.Equal(0.60, Lostness.Compute(6, 9, 3), 0.005);
    }

    [Fact]
    public void Compute_OptimalPath_IsZero() => Assert.Equal(0, Lostness.Compute(3, 3, 3));

    [Theory]
    [InlineData(0, 0, 1)]
    [InlineData(3, 2, 1)]
    [InlineData(3, 3, 0)]
    public void Compute_InvalidCounts_Throws(int n, int s, int r) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Lostness.Compute(n, s, r));
}
