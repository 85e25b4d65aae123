namespace UsabilityLab.Core.Invitations;

/// <summary>What an invitation's link is at a given moment (<see cref="Invitation.StatusAt"/>).</summary>
public enum InvitationStatus
{
    /// <summary>Not used, not revoked, not expired: the link admits its participant.</summary>
    Pending,

    /// <summary>The link admitted its participant once and admits nobody again.</summary>
    Used,

    /// <summary>The link's time ran out before it was used.</summary>
    Expired,

    /// <summary>A researcher withdrew the link.</summary>
    Revoked,
}
