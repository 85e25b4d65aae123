using UsabilityLab.Core.Invitations;

namespace UsabilityLab.Application.Invitations;

/// <summary>A new invitation with its link's token: the only time the token exists outside the participant's hands.</summary>
/// <param name="Invitation">The invitation as stored.</param>
/// <param name="Token">The link's secret (<see cref="InvitationTokens"/>); the store keeps only its hash, so it cannot be shown again.</param>
public sealed record InvitationLink(Invitation Invitation, string Token)
{
    /// <summary>The address the participant opens: <c>{baseUrl}/p/{token}/</c> (the page's own folder: no redirect on the way in).</summary>
    public string UrlOn(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return $"{baseUrl.AbsoluteUri.TrimEnd('/')}/p/{Token}/";
    }

    /// <summary>The invitation without its token, for printing and logging.</summary>
    public override string ToString() => $"{Invitation.Participant} (invitation {Invitation.Id})";
}
