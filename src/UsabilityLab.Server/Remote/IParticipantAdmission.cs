namespace UsabilityLab.Server.Remote;

/// <summary>
/// Decides whether a participant link's token opens the participant page. Today one session's own token
/// (<see cref="SessionLinkAdmission"/>); stored invitations (single-use, expiring, revocable) implement the same check.
/// </summary>
public interface IParticipantAdmission
{
    /// <summary>The verdict on <paramref name="token"/> (as given in the link; may be anything).</summary>
    ValueTask<AdmissionVerdict> CheckAsync(string token, CancellationToken cancellationToken);
}
