using UsabilityLab.Server.Remote;
using UsabilityLab.Core.Invitations;
using UsabilityLab.Application.Invitations;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>An admission with one answer per token, as stored invitations will give.</summary>
internal sealed class FixedAdmission(IReadOnlyDictionary<string, AdmissionVerdict> verdicts) : IParticipantAdmission
{
    public Task<AdmissionResult> AdmitAsync(string token, CancellationToken cancellationToken) =>
        Task.FromResult(new AdmissionResult(verdicts.TryGetValue(token, out var verdict) ? verdict : AdmissionVerdict.Unknown, null));
}
