using UsabilityLab.Server.Remote;
using UsabilityLab.Core.Invitations;
using UsabilityLab.Application.Invitations;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>An admission with one answer per token, as stored invitations will give.</summary>
internal sealed class FixedAdmission(IReadOnlyDictionary<string, AdmissionVerdict> verdicts) : IParticipantAdmission
{
    public Task<AdmissionResult> CheckAsync(string token, string? browser, CancellationToken cancellationToken) => Task.FromResult(Answer(token));

    public Task<AdmissionResult> RedeemAsync(string token, string browser, CancellationToken cancellationToken) => Task.FromResult(Answer(token));

    private AdmissionResult Answer(string token) => new(verdicts.TryGetValue(token, out var verdict) ? verdict : AdmissionVerdict.Unknown, null);
}
