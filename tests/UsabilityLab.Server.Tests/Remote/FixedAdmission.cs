using UsabilityLab.Server.Remote;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>An admission with one answer per token, as stored invitations will give.</summary>
internal sealed class FixedAdmission(IReadOnlyDictionary<string, AdmissionVerdict> verdicts) : IParticipantAdmission
{
    public Task<AdmissionVerdict> AdmitAsync(string token, CancellationToken cancellationToken) =>
        Task.FromResult(verdicts.TryGetValue(token, out var verdict) ? verdict : AdmissionVerdict.Unknown);
}
