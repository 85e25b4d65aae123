using UsabilityLab.Core.Invitations;

namespace UsabilityLab.Core.Tests.Invitations;

public sealed class InvitationTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly Invitation Pending = new(1, "/s.yaml", "S", null, "P01", false, Created, Created.AddDays(7), null, null);

    [Fact]
    public void StatusAt_PendingUntilTheExpiry_ExpiredFromIt()
    {
        Assert.Equal(InvitationStatus.Pending, Pending.StatusAt(Created.AddDays(7).AddTicks(-1)));
        Assert.Equal(InvitationStatus.Expired, Pending.StatusAt(Created.AddDays(7)));
    }

    [Fact]
    public void StatusAt_UsedThenRevokedLongAfterExpiry_UsedThenRevoked()
    {
        var used = Pending with { UsedAt = Created.AddHours(1) };
        var later = Created.AddDays(30);

        Assert.Equal(InvitationStatus.Used, used.StatusAt(later));
        Assert.Equal(InvitationStatus.Revoked, (used with { RevokedAt = Created.AddHours(2) }).StatusAt(later));
    }
}
