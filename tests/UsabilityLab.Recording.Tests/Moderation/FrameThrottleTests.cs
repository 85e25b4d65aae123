using UsabilityLab.Recording.Moderation.Frames;

namespace UsabilityLab.Recording.Tests.Moderation;

public sealed class FrameThrottleTests
{
    [Fact]
    public void Offer_BurstWithinOneInterval_FirstPassesAndTheLastIsReleasedLater()
    {
        var throttle = new FrameThrottle<string>(500);

        Assert.Equal("a", throttle.Offer("a", 0));
        Assert.Null(throttle.Offer("b", 100));
        Assert.Null(throttle.Offer("c", 200));
        Assert.Null(throttle.Release(400));

        Assert.Equal("c", throttle.Release(500)); // the picture the page settled on is kept
        Assert.Null(throttle.Release(2_000));
    }

    [Fact]
    public void Offer_SpacedFrames_AllPass()
    {
        var throttle = new FrameThrottle<string>(500);

        Assert.Equal(new string?[] { "a", "b", "c" }, new[] { throttle.Offer("a", 0), throttle.Offer("b", 500), throttle.Offer("c", 1_200) });
    }

    [Fact]
    public void Offer_SteadyStream_CappedToTheRate()
    {
        var throttle = new FrameThrottle<string>(500);
        var passed = 0;
        for (var t = 0; t < 10_000; t += 50)
        {
            passed += (throttle.Offer("f", t) is null ? 0 : 1) + (throttle.Release(t) is null ? 0 : 1);
        }

        Assert.InRange(passed, 19, 21); // 2 frames per second over 10 s
    }
}
