namespace UsabilityLab.Core.Invitations;

/// <summary>
/// One remote participant's invitation to a study, as stored: everything about its link but the link's token, of which
/// the store keeps only a hash (<see cref="InvitationTokens"/>).
/// </summary>
/// <param name="Id">Invitation id.</param>
/// <param name="StudyPath">Full path of the study file the participant is invited to.</param>
/// <param name="StudyName">The study's name when the invitation was made, for people reading lists.</param>
/// <param name="RunId">The run the participant's session joins; null when the participant page chooses one.</param>
/// <param name="Participant">A pseudonymous label such as P07, unique within the study's invitations.</param>
/// <param name="Moderated">Whether a moderator leads the session (else the participant works through the tasks alone).</param>
/// <param name="CreatedAt">When the link was made (UTC).</param>
/// <param name="ExpiresAt">From when the link admits nobody (UTC).</param>
/// <param name="UsedAt">When the link admitted its participant (UTC); null while unused.</param>
/// <param name="RevokedAt">When the link was revoked (UTC); null unless revoked.</param>
public sealed record Invitation(
    long Id,
    string StudyPath,
    string StudyName,
    long? RunId,
    string Participant,
    bool Moderated,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? UsedAt,
    DateTimeOffset? RevokedAt)
{
    /// <summary>
    /// What the link is at <paramref name="now"/>. Revoked wins over everything (the researcher's last word), then used
    /// (a used link that has since expired was still used), then expired.
    /// </summary>
    public InvitationStatus StatusAt(DateTimeOffset now) => this switch
    {
        { RevokedAt: not null } => InvitationStatus.Revoked,
        { UsedAt: not null } => InvitationStatus.Used,
        _ when now >= ExpiresAt => InvitationStatus.Expired,
        _ => InvitationStatus.Pending,
    };
}
