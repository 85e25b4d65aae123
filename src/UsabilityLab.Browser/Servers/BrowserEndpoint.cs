using System.Net.WebSockets;
using UsabilityLab.Core.Errors;

namespace UsabilityLab.Browser.Servers;

/// <summary>
/// The address of a Playwright browser server: <c>ws://HOST:PORT/PATH</c> as <c>./lab browser-server</c> prints it. The
/// path is the server's only guard (whoever knows it drives the browser), so what the lab shows and stores names the
/// server by <see cref="Name"/>, its host and port.
/// </summary>
public sealed record BrowserEndpoint
{
    private BrowserEndpoint(string address, Uri uri)
    {
        Address = address;
        Name = uri.Authority;
        Host = uri.Host;
    }

    /// <summary>The endpoint as given, which Playwright connects to.</summary>
    public string Address { get; }

    /// <summary>Host and port, without the secret path: how messages and stored reasons name the server.</summary>
    public string Name { get; }

    /// <summary>The server's host name or address.</summary>
    public string Host { get; }

    /// <summary>Whether the server is on this machine's loopback, where it reaches the same loopback targets as the lab.</summary>
    public bool IsLoopback => Host is "localhost" || (System.Net.IPAddress.TryParse(Host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip));

    /// <summary>Reads an endpoint; <paramref name="source"/> says where it was written (an option, a config key).</summary>
    /// <exception cref="InputException">Not a <c>ws://</c> or <c>wss://</c> address with a host.</exception>
    public static BrowserEndpoint Parse(string value, string source)
    {
        var text = value.Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("ws" or "wss") || uri.Host.Length == 0)
        {
            throw new InputException(
                $"{source} '{Shown(value)}' is not a browser server address; give the ws://HOST:PORT/PATH line that ./lab browser-server prints");
        }

        return new BrowserEndpoint(text, uri);
    }

    /// <summary>
    /// Opens a WebSocket to the server and closes it again, so that a run stops before it records anything when a server
    /// is not there. The server starts a Playwright session only when a client speaks its protocol, so the probe leaves
    /// it as it was.
    /// </summary>
    /// <exception cref="EnvironmentProblemException">The server did not accept the WebSocket within <paramref name="timeout"/>.</exception>
    public async Task ProbeAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var socket = new ClientWebSocket();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await socket.ConnectAsync(new Uri(Address), limit.Token);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "probe", limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new EnvironmentProblemException($"browser server {Name} did not answer within {timeout.TotalSeconds:0} s; {Hint}");
        }
        catch (WebSocketException ex)
        {
            throw new EnvironmentProblemException($"browser server {Name} is unreachable ({Innermost(ex)}); {Hint}", ex);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private const string Hint = "start it with ./lab browser-server there, or fix the endpoint";

    private static string Innermost(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        return ex.Message.TrimEnd('.');
    }

    /// <summary>A value quoted in a one-line message: at most 200 characters, no line breaks.</summary>
    private static string Shown(string value)
    {
        var line = value.ReplaceLineEndings(" ");
        return line.Length <= 200 ? line : line[..200] + "…";
    }
}
