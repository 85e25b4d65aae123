using Microsoft.AspNetCore.Http;

namespace UsabilityLab.Server.ModeratorConsole;

/// <summary>
/// A moment as the console's browser reports it (<c>wallMs</c>: Unix milliseconds); none means now. The session
/// clamps it onto its timeline, but a number JSON reads as infinity is no moment at all.
/// </summary>
internal static class ClientTime
{
    /// <exception cref="BadHttpRequestException"><paramref name="wallMs"/> is not finite.</exception>
    public static double? Checked(double? wallMs) =>
        wallMs is { } ms && !double.IsFinite(ms) ? throw new BadHttpRequestException("wallMs must be a finite number of Unix milliseconds") : wallMs;
}
