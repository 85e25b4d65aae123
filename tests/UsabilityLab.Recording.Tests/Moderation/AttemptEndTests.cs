using UsabilityLab.Core.Sessions;
using UsabilityLab.Recording.Moderation;

namespace UsabilityLab.Recording.Tests.Moderation;

public sealed class AttemptEndTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public void Automatic_DoneAfterCriteriaHeldWithinLimit_Success()
    {
        var (outcome, reason) = AttemptEnd.Automatic(AttemptEndCause.ParticipantDone, 42_000, "text \"x\"", 50_000, Limit);

        Assert.Equal(AttemptOutcome.Success, outcome);
        Assert.Equal("all success criteria met at 0:42", reason);
    }

    [Fact]
    public void Automatic_DoneWithCriteriaHoldingOnlyNowAfterTheLimit_Failed()
    {
        var (outcome, reason) = AttemptEnd.Automatic(AttemptEndCause.ParticipantDone, null, null, 75_000, Limit);

        Assert.Equal(AttemptOutcome.Failed, outcome);
        Assert.Contains("after the time limit", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Automatic_DoneWithoutCriteria_FailedNamingTheUnmetCriterion()
    {
        var (outcome, reason) = AttemptEnd.Automatic(AttemptEndCause.ParticipantDone, null, "url /help", 10_000, Limit);

        Assert.Equal(AttemptOutcome.Failed, outcome);
        Assert.Equal("participant said done, but url /help not met", reason);
    }

    [Fact]
    public void Automatic_GiveUpLossOrInterrupt_TheirOwnOutcomeEvenIfCriteriaHeld()
    {
        Assert.Equal(AttemptOutcome.Abandoned, AttemptEnd.Automatic(AttemptEndCause.ParticipantGaveUp, 5_000, null, 10_000, Limit).Outcome);
        Assert.Equal(AttemptOutcome.Crashed, AttemptEnd.Automatic(AttemptEndCause.BrowserLost, 5_000, null, 10_000, Limit).Outcome);
        Assert.Equal(AttemptOutcome.Interrupted, AttemptEnd.Automatic(AttemptEndCause.Interrupted, 5_000, null, 10_000, Limit).Outcome);
    }
}
