using System.Net;
using System.Net.NetworkInformation;
using Microsoft.Extensions.DependencyInjection;
using UsabilityLab.Server.ModeratorConsole;

namespace UsabilityLab.Server.Dashboard;

/// <summary>
/// Host filtering beyond loopback: the dashboard answers only the names and addresses it can be reached by — this
/// machine's name, its addresses, loopback, and those given with <c>--public-host</c> — so that a page whose name is
/// re-pointed at this server (DNS rebinding) gets 400 before the sign-in is even asked.
/// </summary>
internal static class PublicHostFiltering
{
    public static IServiceCollection AddPublicHostFiltering(this IServiceCollection services, DashboardOptions options) =>
        services.AddHostFiltering(filtering =>
        {
            filtering.AllowedHosts = [.. AllowedHosts(options)];
            filtering.AllowEmptyHosts = false;
        });

    /// <summary>The host names the dashboard answers to (ports are not compared).</summary>
    public static IReadOnlyList<string> AllowedHosts(DashboardOptions options)
    {
        var hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Environment.MachineName, Dns.GetHostName() };
        hosts.UnionWith(LoopbackHostFiltering.AllowedHosts);
        hosts.UnionWith(options.PublicHosts);
        if (IPAddress.TryParse(options.Host, out var bound) && !bound.Equals(IPAddress.Any) && !bound.Equals(IPAddress.IPv6Any))
        {
            hosts.Add(HostOf(bound));
        }
        else
        {
            foreach (var address in NetworkInterface.GetAllNetworkInterfaces().SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(u => u.Address))
            {
                hosts.Add(HostOf(address));
            }
        }

        return [.. hosts];
    }

    // IPv6 addresses appear in Host headers in brackets, without a zone.
    private static string HostOf(IPAddress address) =>
        address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{new IPAddress(address.GetAddressBytes())}]" : address.ToString();
}
