using UsabilityLab.Core.Invitations;

namespace UsabilityLab.Application.Invitations;

/// <summary>An invitation and what its link is now, for lists.</summary>
/// <param name="Invitation">The invitation as stored.</param>
/// <param name="Status">What its link is at the moment of listing.</param>
public sealed record InvitationSummary(Invitation Invitation, InvitationStatus Status)
{
    /// <summary>The status as people read it and the JSON output spells it: pending, used, expired, revoked.</summary>
    public string StatusName => Status switch
    {
        InvitationStatus.Pending => "pending",
        InvitationStatus.Used => "used",
        InvitationStatus.Expired => "expired",
        InvitationStatus.Revoked => "revoked",
        _ => throw new ArgumentOutOfRangeException(nameof(Status), Status, "not an invitation status"),
    };
}
