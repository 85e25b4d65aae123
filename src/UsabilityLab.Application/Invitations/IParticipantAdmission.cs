namespace UsabilityLab.Application.Invitations;

/// <summary>
/// What the participant page asks when someone opens a link: may the bearer of this token in? Implemented by
/// <see cref="ParticipantInvitations"/>; the page depends on this interface only, so its tests can admit whomever they like.
/// </summary>
public interface IParticipantAdmission
{
    /// <summary>
    /// Uses the link's token, once: <see cref="Core.Invitations.AdmissionVerdict.Admitted"/> for the first bearer of
    /// a pending link and never again for anyone; a malformed or unknown token is
    /// <see cref="Core.Invitations.AdmissionVerdict.Unknown"/>.
    /// </summary>
    Task<AdmissionResult> AdmitAsync(string token, CancellationToken cancellationToken);
}
