using UsabilityLab.Core.Invitations;

namespace UsabilityLab.Server.Remote;

/// <summary>A remote participant whose link is open now, and where they are, in words for the dashboard.</summary>
/// <param name="Invitation">Their invitation.</param>
/// <param name="Where">E.g. "reading the consent screen", "task 2 of 3: Find the returns policy", "connection lost (…)".</param>
public sealed record LiveRemoteSession(Invitation Invitation, string Where);
