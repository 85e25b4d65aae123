using UsabilityLab.Core.Invitations;

namespace UsabilityLab.Core.Tests.Invitations;

public sealed class InvitationLifetimesTests
{
    [Theory]
    [InlineData("30m", 30)]
    [InlineData("12h", 12 * 60)]
    [InlineData("7d", 7 * 24 * 60)]
    [InlineData("90d", 90 * 24 * 60)]
    [InlineData("129600m", 90 * 24 * 60)]
    public void TryParse_NumberAndUnit_ThatLong(string text, int minutes)
    {
        Assert.True(InvitationLifetimes.TryParse(text, out var lifetime));
        Assert.Equal(TimeSpan.FromMinutes(minutes), lifetime);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("d")]
    [InlineData("0d")]
    [InlineData("-1d")]
    [InlineData("+1d")]
    [InlineData("7D")]
    [InlineData("7 d")]
    [InlineData("1.5h")]
    [InlineData("7w")]
    [InlineData("91d")]
    [InlineData("2161h")]
    [InlineData("99999999999d")]
    public void TryParse_AnythingElse_False(string? text)
    {
        Assert.False(InvitationLifetimes.TryParse(text, out _));
    }
}
