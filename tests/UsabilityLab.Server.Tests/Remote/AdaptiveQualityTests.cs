using UsabilityLab.Server.Remote;

namespace UsabilityLab.Server.Tests.Remote;

public sealed class AdaptiveQualityTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Observe_SlowAcknowledgementsInARow_StepsDownOnce()
    {
        var quality = new AdaptiveQuality(4);
        Assert.Null(quality.Observe(400, 0, Start));
        Assert.Null(quality.Observe(400, 0, Start.AddMilliseconds(400)));
        Assert.Equal(1, quality.Observe(400, 0, Start.AddMilliseconds(800)));
        // Within the cooldown nothing changes, however slow.
        for (var i = 1; i <= 5; i++)
        {
            Assert.Null(quality.Observe(400, 0, Start.AddMilliseconds(800 + i * 100)));
        }

        Assert.Equal(2, quality.Observe(400, 0, Start.AddSeconds(3)));
    }

    [Fact]
    public void Observe_ReplacedFrames_CountAsCongestion()
    {
        var quality = new AdaptiveQuality(4);
        quality.Observe(20, 3, Start);
        quality.Observe(20, 2, Start);
        Assert.Equal(1, quality.Observe(20, 5, Start));
    }

    [Fact]
    public void Observe_LongQuickRun_StepsBackUpButNotPastBest()
    {
        var quality = new AdaptiveQuality(2);
        for (var i = 0; i < AdaptiveQuality.CongestedToStepDown; i++)
        {
            quality.Observe(1000, 0, Start);
        }

        Assert.Equal(1, quality.Step);
        Assert.Null(quality.Observe(400, 0, Start.AddSeconds(5))); // already the lowest step: nothing to change
        int? up = null;
        for (var i = 0; i < AdaptiveQuality.QuickToStepUp && up is null; i++)
        {
            up = quality.Observe(15, 0, Start.AddSeconds(10));
        }

        Assert.Equal(0, up);
        for (var i = 0; i < 100; i++)
        {
            Assert.Null(quality.Observe(15, 0, Start.AddSeconds(20 + i)));
        }
    }
}
