using Microsoft.Extensions.Time.Testing;
using UsabilityLab.Recording.Capture;

namespace UsabilityLab.Recording.Tests.Capture;

/// <summary>Participant time is real time plus simulated time, and page stamps map through the offset of their moment.</summary>
public sealed class ParticipantClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NowMs_RealTimePlusThinking_WithoutWaitingForTheThinking()
    {
        var time = new FakeTimeProvider(Start);
        var clock = new ParticipantClock(time);

        time.Advance(TimeSpan.FromMilliseconds(250)); // the page took a quarter second
        clock.Advance(4_000); // the persona thought for four seconds, not slept
        time.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Equal(4_350, clock.NowMs, 6);
        Assert.Equal(Start.ToUnixTimeMilliseconds() + 350, clock.WallNowMs, 6);
    }

    [Fact]
    public void FromWall_StampsBeforeAndAfterAThink_MapThroughTheOffsetInForceThen()
    {
        var time = new FakeTimeProvider(Start);
        var clock = new ParticipantClock(time);
        var wall = Start.ToUnixTimeMilliseconds();

        time.Advance(TimeSpan.FromMilliseconds(100));
        clock.Advance(2_000);
        time.Advance(TimeSpan.FromMilliseconds(100));
        clock.Advance(1_000);

        Assert.Equal(50, clock.FromWall(wall + 50), 6); // before the first think
        Assert.Equal(2_150, clock.FromWall(wall + 150), 6); // after it
        Assert.Equal(3_250, clock.FromWall(wall + 250), 6); // after both
        Assert.Equal(0, clock.FromWall(wall - 1_000), 6); // a stamp from before the session is its start
    }

    [Fact]
    public void Advance_NegativeTime_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParticipantClock(new FakeTimeProvider(Start)).Advance(-1));
}
