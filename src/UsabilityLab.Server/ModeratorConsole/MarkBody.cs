using Microsoft.AspNetCore.Http;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Server.ModeratorConsole;

/// <summary>The body of <c>POST /api/attempts/mark</c>: which attempt (none: the running or latest one) and the outcome.</summary>
internal sealed record MarkBody(long? AttemptId, string? Outcome)
{
    /// <exception cref="BadHttpRequestException">The outcome is not one a moderator gives.</exception>
    public AttemptOutcome ToOutcome() => Outcome?.ToLowerInvariant() switch
    {
        "success" => AttemptOutcome.Success,
        "failed" or "failure" => AttemptOutcome.Failed,
        "abandoned" => AttemptOutcome.Abandoned,
        _ => throw new BadHttpRequestException("outcome must be success, failed or abandoned"),
    };
}
