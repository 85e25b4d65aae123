using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace UsabilityLab.Server.ModeratorConsole;

/// <summary>
/// Host filtering for a server that is only ever reached on loopback: ASP.NET Core's own host filtering middleware,
/// allowing only <c>localhost</c>, <c>127.0.0.1</c> and <c>[::1]</c> (any port) in the <c>Host</c> header.
/// </summary>
/// <remarks>
/// Listening on 127.0.0.1 does not stop DNS rebinding: a page on <c>evil.example</c> whose name is re-pointed at
/// 127.0.0.1 talks to the server as its own origin, but its requests still say <c>Host: evil.example</c>. Refused
/// requests get the middleware's 400 "Invalid Hostname" (the answer Http.Sys and IIS give too; 421 Misdirected Request
/// is about a reused HTTP/2 connection and only invites a retry that would fail the same way). A request without a
/// <c>Host</c> (HTTP/1.0) is refused as well. <c>WebApplication.CreateBuilder</c> and <c>CreateSlimBuilder</c> already
/// run the middleware first in the pipeline (through a startup filter), so no other check or route sees a foreign
/// host; a host built without those defaults must call <c>app.UseHostFiltering()</c> before anything else.
/// </remarks>
public static class LoopbackHostFiltering
{
    /// <summary>The host names a loopback server answers to; ports are not compared.</summary>
    public static IReadOnlyList<string> AllowedHosts { get; } = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>Registers host filtering that allows the <see cref="AllowedHosts"/> only.</summary>
    public static IServiceCollection AddLoopbackHostFiltering(this IServiceCollection services) =>
        services.AddHostFiltering(options =>
        {
            options.AllowedHosts = [.. AllowedHosts];
            options.AllowEmptyHosts = false;
        });
}
