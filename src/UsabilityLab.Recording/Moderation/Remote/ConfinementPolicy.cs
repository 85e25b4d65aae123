using System.Net;
using System.Net.Sockets;

namespace UsabilityLab.Recording.Moderation.Remote;

/// <summary>
/// What the streamed browser may load: top-level pages only from the study's origins; no request at all to loopback
/// or private networks unless the target itself lives there, and then only to the target's own host and port; only
/// <c>http</c>, <c>https</c>, <c>data</c>, <c>blob</c> and <c>about</c> URLs. A stranger drives this browser on the
/// lab's host: it must not become a way into the lab's network.
/// </summary>
/// <remarks>
/// Hosts are judged by name or literal address. A public name that resolves to a private address (DNS rebinding)
/// is not caught here; see docs/remote-sessions.md.
/// </remarks>
public sealed class ConfinementPolicy
{
    private static readonly string[] Schemes = ["http", "https", "data", "blob", "about"];
    private readonly HashSet<string> _origins;
    private readonly Uri _target;

    /// <summary>A policy for a study on <paramref name="target"/>, plus <paramref name="extraOrigins"/> (e.g. a sign-in provider).</summary>
    public ConfinementPolicy(Uri target, IEnumerable<Uri>? extraOrigins = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        _target = target;
        _origins = new HashSet<string>(new[] { target }.Concat(extraOrigins ?? []).Select(Origin), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Why a top-level navigation to <paramref name="url"/> is blocked, or null when it may go.</summary>
    public string? NavigationRefusal(string url)
    {
        if (RequestRefusal(url) is { } refused)
        {
            return refused;
        }

        var uri = new Uri(url);
        return uri.Scheme is "http" or "https" && !_origins.Contains(Origin(uri))
            ? $"navigation to {Origin(uri)} is outside the study's origins ({string.Join(", ", _origins)})"
            : null;
    }

    /// <summary>Why a request (of any kind) to <paramref name="url"/> is blocked, or null when it may go.</summary>
    public string? RequestRefusal(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return $"'{url}' is not an absolute URL";
        }

        if (!Schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase))
        {
            return $"{uri.Scheme}: URLs are blocked";
        }

        if (uri.Scheme is not ("http" or "https" or "ws" or "wss"))
        {
            return null;
        }

        var sameAsTarget = string.Equals(uri.Host, _target.Host, StringComparison.OrdinalIgnoreCase) && uri.Port == _target.Port;
        return IsPrivate(uri.Host) && !sameAsTarget
            ? $"{uri.Host}:{uri.Port} is a loopback or private address"
            : null;
    }

    /// <summary>Why a WebSocket to <paramref name="url"/> is blocked, or null (ws and wss, judged like requests).</summary>
    public string? WebSocketRefusal(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("ws" or "wss"))
        {
            return $"'{url}' is not a WebSocket URL";
        }

        var asHttp = new UriBuilder(uri) { Scheme = uri.Scheme == "ws" ? "http" : "https", Port = uri.Port }.Uri;
        return RequestRefusal(asHttp.ToString());
    }

    /// <summary>Loopback, private (RFC 1918, unique local), link-local, carrier-grade NAT or unspecified addresses, and <c>localhost</c> names.</summary>
    public static bool IsPrivate(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var name = host.Trim('[', ']').TrimEnd('.');
        if (name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!IPAddress.TryParse(name, out var address))
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal;
        }

        var b = address.GetAddressBytes();
        return b[0] == 10 || b[0] == 0
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127);
    }

    private static string Origin(Uri uri) => uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
}
