namespace UsabilityLab.Server.Remote;

/// <summary>
/// Decides whether a participant link's token lets its bearer in. Today one session's own link
/// (<see cref="SessionLinkAdmission"/>); stored invitations (single-use, expiring, revocable) implement the same
/// question. The participant page asks once per link: the browser admitted first is bound to it by a cookie
/// (<see cref="ParticipantLinkGuard"/>), so an admission may use a link up on its first <see cref="AdmissionVerdict.Admitted"/>.
/// </summary>
public interface IParticipantAdmission
{
    /// <summary>Uses <paramref name="token"/> (as given in the link; may be anything): the verdict on its bearer.</summary>
    Task<AdmissionVerdict> AdmitAsync(string token, CancellationToken cancellationToken);
}
