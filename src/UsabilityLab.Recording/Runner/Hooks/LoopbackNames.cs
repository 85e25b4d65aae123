using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace UsabilityLab.Recording.Runner.Hooks;

/// <summary>
/// Connects a request hook's requests the way the browser reaches the site: <c>localhost</c> and every
/// <c>*.localhost</c> name are loopback (RFC 6761, as Chromium resolves them by itself) even where the machine's
/// resolver knows only <c>localhost</c>; every other host name is resolved as usual.
/// </summary>
internal static class LoopbackNames
{
    private static readonly IPAddress[] Loopback = [IPAddress.Loopback, IPAddress.IPv6Loopback];

    /// <summary>True for <c>localhost</c> and its sub-domains (<c>app.localhost</c>, <c>app.localhost.</c>).</summary>
    public static bool IsLoopback(string host)
    {
        var name = host.TrimEnd('.');
        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A <see cref="SocketsHttpHandler.ConnectCallback"/>: what the handler does by default, but for loopback names.</summary>
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            var endpoint = context.DnsEndPoint;
            if (IsLoopback(endpoint.Host))
            {
                await socket.ConnectAsync(Loopback, endpoint.Port, cancellationToken);
            }
            else
            {
                await socket.ConnectAsync(endpoint, cancellationToken);
            }

            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
