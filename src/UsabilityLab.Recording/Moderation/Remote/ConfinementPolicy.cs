using System.Collections.Concurrent;
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
/// Hosts are judged by literal address, by name (<c>localhost</c>), and by what a name resolves to
/// (<see cref="RequestRefusalAsync"/>): a public name whose DNS answer is a private address is blocked too. The
/// browser resolves names again itself, so a name that changes its answer within seconds (DNS rebinding) can still slip
/// through; docs/remote-sessions.md says how to close that for good.
/// </remarks>
public sealed class ConfinementPolicy
{
    /// <summary>How long a name's DNS answer is trusted: short, so that a name that changes its answer is looked up again.</summary>
    public static readonly TimeSpan ResolutionLifetime = TimeSpan.FromSeconds(10);

    /// <summary>How long a WebSocket waits for its name to resolve before it is refused (fail closed).</summary>
    private static readonly TimeSpan WebSocketResolutionLimit = TimeSpan.FromSeconds(3);

    private static readonly string[] Schemes = ["http", "https", "data", "blob", "about"];
    private readonly HashSet<string> _origins;
    private readonly Uri[] _allowed;
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, IPAddress? Private)> _resolved = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A policy for a study on <paramref name="target"/>, plus <paramref name="extraOrigins"/> (e.g. a sign-in provider:
    /// pages may open there, and like the target it may live on a private network). Names are resolved with
    /// <paramref name="resolve"/> (the system's DNS when null) and their answers kept for <see cref="ResolutionLifetime"/>.
    /// </summary>
    public ConfinementPolicy(Uri target, IEnumerable<Uri>? extraOrigins = null, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        _allowed = [target, .. extraOrigins ?? []];
        _origins = new HashSet<string>(_allowed.Select(Origin), StringComparer.OrdinalIgnoreCase);
        _resolve = resolve ?? Dns.GetHostAddressesAsync;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>As <see cref="NavigationRefusal"/>, and also refused when the URL's name resolves to a private address.</summary>
    public async Task<string?> NavigationRefusalAsync(string url, CancellationToken ct = default) =>
        NavigationRefusal(url) ?? await ResolvedRefusalAsync(url, ct);

    /// <summary>As <see cref="RequestRefusal"/>, and also refused when the URL's name resolves to a private address.</summary>
    public async Task<string?> RequestRefusalAsync(string url, CancellationToken ct = default) =>
        RequestRefusal(url) ?? await ResolvedRefusalAsync(url, ct);

    /// <summary>
    /// As <see cref="WebSocketRefusal"/>, and also refused when the URL's name resolves to a private address; waits for
    /// DNS (Playwright's WebSocket routes are synchronous) and refuses a name that does not resolve in time.
    /// </summary>
    public string? ResolvedWebSocketRefusal(string url)
    {
        if (WebSocketRefusal(url) is { } refused)
        {
            return refused;
        }

        var asHttp = AsHttp(new Uri(url));
        var check = Task.Run(() => ResolvedRefusalAsync(asHttp.ToString(), CancellationToken.None));
        return check.Wait(WebSocketResolutionLimit) ? check.Result : $"{asHttp.Host} did not resolve within {WebSocketResolutionLimit.TotalSeconds:0} s";
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

        return IsPrivate(uri.Host) && !IsAllowedEndpoint(uri)
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

        return RequestRefusal(AsHttp(uri).ToString());
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

    private static Uri AsHttp(Uri webSocket) => new UriBuilder(webSocket) { Scheme = webSocket.Scheme == "ws" ? "http" : "https", Port = webSocket.Port }.Uri;

    /// <summary>The target's or an extra origin's own host and port: the one private endpoint a page may reach.</summary>
    private bool IsAllowedEndpoint(Uri uri) =>
        _allowed.Any(a => string.Equals(uri.Host, a.Host, StringComparison.OrdinalIgnoreCase) && uri.Port == a.Port);

    /// <summary>Why a URL whose host is a name is refused for what the name resolves to, or null.</summary>
    private async Task<string?> ResolvedRefusalAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.HostNameType != UriHostNameType.Dns || IsAllowedEndpoint(uri))
        {
            return null; // not a name (a literal address was judged already), or the target's own endpoint
        }

        var now = _time.GetUtcNow();
        if (!_resolved.TryGetValue(uri.Host, out var known) || now - known.At > ResolutionLifetime)
        {
            IPAddress[] addresses;
            try
            {
                addresses = await _resolve(uri.Host, ct);
            }
            catch (SocketException)
            {
                addresses = []; // no such name (kept too, so a page full of them is not slowed): the browser's request fails by itself
            }

            known = (now, addresses.FirstOrDefault(a => IsPrivate(a.ToString())));
            _resolved[uri.Host] = known;
        }

        return known.Private is { } address ? $"{uri.Host} resolves to {address}, a loopback or private address" : null;
    }
}
