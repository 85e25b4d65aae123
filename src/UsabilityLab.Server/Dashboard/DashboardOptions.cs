using System.Net;

namespace UsabilityLab.Server.Dashboard;

/// <summary>Where the dashboard listens.</summary>
/// <param name="Host">An IP address, or <c>localhost</c>.</param>
/// <param name="Port">TCP port (0 picks a free one).</param>
public sealed record DashboardOptions(string Host, int Port)
{
    /// <summary>The dashboard's default port.</summary>
    public const int DefaultPort = 5100;

    /// <summary>True when only this machine can reach it: no sign-in, but a loopback <c>Host</c> header is required.</summary>
    public bool IsLoopback => Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(Host, out var address) && IPAddress.IsLoopback(address));
}
