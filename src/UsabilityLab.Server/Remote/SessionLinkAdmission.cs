using UsabilityLab.Server.ModeratorConsole;
using UsabilityLab.Core.Invitations;
using UsabilityLab.Application.Invitations;

namespace UsabilityLab.Server.Remote;

/// <summary>
/// The participant link of one moderated session: 128 random bits made when the session starts, valid while it runs.
/// It is not the console's token: the participant's link opens nothing of the console.
/// </summary>
public sealed class SessionLinkAdmission : IParticipantAdmission
{
    private readonly ConsoleToken _token = new();

    /// <summary>The token to put in the link.</summary>
    public string Token => _token.Value;

    /// <inheritdoc />
    public Task<AdmissionResult> CheckAsync(string token, string? browser, CancellationToken cancellationToken) => Task.FromResult(Admit(token));

    /// <inheritdoc />
    public Task<AdmissionResult> RedeemAsync(string token, string browser, CancellationToken cancellationToken) => Task.FromResult(Admit(token));

    // One browser per link is the guard's to enforce: the session lives only as long as this process.
    private AdmissionResult Admit(string token) => _token.Matches(token) ? new AdmissionResult(AdmissionVerdict.Admitted, null) : AdmissionResult.Unknown;
}
