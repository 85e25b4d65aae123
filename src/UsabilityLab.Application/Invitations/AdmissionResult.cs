using UsabilityLab.Core.Invitations;

namespace UsabilityLab.Application.Invitations;

/// <summary>The answer to a link's token (<see cref="IParticipantAdmission"/>).</summary>
/// <param name="Verdict">Whether the bearer is in, and if not, why.</param>
/// <param name="Invitation">The link's invitation (its study, participant, whether moderated); null when the token is <see cref="AdmissionVerdict.Unknown"/>, or is a link of its own session rather than a stored invitation (<c>lab moderate --remote</c>).</param>
public sealed record AdmissionResult(AdmissionVerdict Verdict, Invitation? Invitation)
{
    /// <summary>No invitation has the token.</summary>
    public static AdmissionResult Unknown { get; } = new(AdmissionVerdict.Unknown, null);

    /// <summary>Whether the bearer is the invited participant.</summary>
    public bool IsAdmitted => Verdict == AdmissionVerdict.Admitted;
}
