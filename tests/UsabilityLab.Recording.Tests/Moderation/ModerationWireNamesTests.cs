using System.Text.Json;
using UsabilityLab.Recording.Moderation;

namespace UsabilityLab.Recording.Tests.Moderation;

/// <summary>
/// A session's status and phase are enums in the code and the names the console's and the panel's pages switch on
/// when sent: renaming a member must not silently change what the pages read.
/// </summary>
public sealed class ModerationWireNamesTests
{
    [Theory]
    [InlineData(ModerationStatus.Starting, "starting")]
    [InlineData(ModerationStatus.Running, "running")]
    [InlineData(ModerationStatus.BrowserLost, "browser-lost")]
    [InlineData(ModerationStatus.Ended, "ended")]
    public void Status_SentToThePages_ByItsWireName(ModerationStatus status, string expected)
    {
        var json = JsonSerializer.Serialize(Snapshot() with { Status = status }, JsonSerializerOptions.Web);

        Assert.Contains($"\"status\":\"{expected}\"", json, StringComparison.Ordinal);
        Assert.Equal(expected, ModerationWords.Of(status));
    }

    [Theory]
    [InlineData(ModerationPhase.Waiting, "waiting")]
    [InlineData(ModerationPhase.Briefing, "briefing")]
    [InlineData(ModerationPhase.Active, "active")]
    [InlineData(ModerationPhase.Seq, "seq")]
    [InlineData(ModerationPhase.Between, "between")]
    [InlineData(ModerationPhase.Sus, "sus")]
    [InlineData(ModerationPhase.Nps, "nps")]
    [InlineData(ModerationPhase.Finished, "finished")]
    [InlineData(ModerationPhase.Ended, "ended")]
    public void Phase_SentToThePages_ByItsWireName(ModerationPhase phase, string expected)
    {
        var json = JsonSerializer.Serialize(Snapshot() with { Phase = phase }, JsonSerializerOptions.Web);

        Assert.Contains($"\"phase\":\"{expected}\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void PhaseOf_EachQuestionnaireItem_ThePhaseThatAsksIt()
    {
        Assert.Equal(ModerationPhase.Seq, Questionnaire.PhaseOf(Questionnaire.Seq));
        Assert.All(Questionnaire.Sus, item => Assert.Equal(ModerationPhase.Sus, Questionnaire.PhaseOf(item)));
        Assert.Equal(ModerationPhase.Nps, Questionnaire.PhaseOf(Questionnaire.Nps));
    }

    private static ModerationSnapshot Snapshot() => new() { Study = "Shop", Participant = "P01", Status = ModerationStatus.Running, Phase = ModerationPhase.Waiting };
}
