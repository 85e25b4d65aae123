using UsabilityLab.Recording.Moderation;

namespace UsabilityLab.Recording.Tests.Moderation;

public sealed class TaskTimerTests
{
    [Fact]
    public void ActiveMs_WithTwoPauses_ExcludesThem()
    {
        var timer = new TaskTimer(1_000);

        Assert.True(timer.Pause(3_000));
        Assert.False(timer.Pause(3_500)); // already paused
        Assert.Equal(2_000, timer.ActiveMs(9_000)); // frozen while paused
        Assert.Equal((3_000.0, 5_000.0), timer.Resume(5_000)!.Value);
        Assert.Null(timer.Resume(5_100));
        timer.Pause(6_000);
        timer.Resume(6_500);

        Assert.Equal(10_000 - 1_000 - 2_000 - 500, timer.ActiveMs(10_000));
        Assert.Equal(2_500, timer.PausedMs(10_000));
    }
}
