using UsabilityLab.Storage.Runs;

namespace UsabilityLab.Storage.Tests.Runs;

/// <summary>Whether the process named by a run's lease still lives: a wrong "gone" lets a second process resume a live run.</summary>
public sealed class LeaseOwnerTests
{
    private static readonly LeaseOwner Me = LeaseOwner.Current;

    // Another process works out this process's start from its own reading of the boot time, milliseconds apart from
    // ours (measured with two processes asking for one pid): at whole seconds the two land either side of one now and then.
    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public void IsGoneFromThisHost_LiveProcess_StartSecondApart_Alive(long seconds) =>
        Assert.False((Me with { StartTicks = Me.StartTicks + seconds }).IsGoneFromThisHost());

    [Fact]
    public void IsGoneFromThisHost_PidOfAProcessStartedLater_Gone() =>
        Assert.True((Me with { StartTicks = Me.StartTicks + 3600 }).IsGoneFromThisHost());

    [Fact]
    public void IsGoneFromThisHost_OtherHost_NotJudgedHere() =>
        Assert.False((Me with { Host = Me.Host + "-elsewhere", StartTicks = 0 }).IsGoneFromThisHost());

    [Fact]
    public void Parse_StoredForm_RoundTrips() => Assert.Equal(Me, LeaseOwner.Parse(Me.ToString()));
}
