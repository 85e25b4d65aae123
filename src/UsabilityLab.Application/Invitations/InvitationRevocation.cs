using UsabilityLab.Core.Invitations;

namespace UsabilityLab.Application.Invitations;

/// <summary>What revoking an invitation did.</summary>
/// <param name="Invitation">The invitation as stored now (revoked).</param>
/// <param name="Before">What its link was just before: pending for a link that could still have admitted someone.</param>
public sealed record InvitationRevocation(Invitation Invitation, InvitationStatus Before);
