namespace UsabilityLab.Application.Invitations;

/// <summary>
/// What the participant page asks when someone opens a link: may the bearer of this token in? Implemented by
/// <see cref="ParticipantInvitations"/>; the page depends on this interface only, so its tests can admit whomever they like.
/// </summary>
/// <remarks>
/// A link is looked at (<see cref="CheckAsync"/>) until its participant consents, and used then
/// (<see cref="RedeemAsync"/>): whatever opens a link without a person behind it — a chat's preview, a mail scanner —
/// never uses it up. The browser that used it is known by a secret of its own (a cookie), and only it comes back.
/// </remarks>
public interface IParticipantAdmission
{
    /// <summary>
    /// What <see cref="RedeemAsync"/> would answer the browser holding <paramref name="browser"/> (null: one that holds
    /// no secret yet), changing nothing. A malformed or unknown token is <see cref="Core.Invitations.AdmissionVerdict.Unknown"/>.
    /// </summary>
    Task<AdmissionResult> CheckAsync(string token, string? browser, CancellationToken cancellationToken);

    /// <summary>
    /// Uses the link's token, once, for the browser holding <paramref name="browser"/>:
    /// <see cref="Core.Invitations.AdmissionVerdict.Admitted"/> for the first browser of a pending link and again for that
    /// browser only; <see cref="Core.Invitations.AdmissionVerdict.Used"/> for any other.
    /// </summary>
    Task<AdmissionResult> RedeemAsync(string token, string browser, CancellationToken cancellationToken);
}
