using System.Net;
using System.Net.WebSockets;
using System.Text;
using UsabilityLab.Recording.Moderation;
using UsabilityLab.Server.Remote;
using UsabilityLab.Server.Tests.ModeratorConsole;
using UsabilityLab.Application.Invitations;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>
/// An HTTP and WebSocket client for a participant page server, building requests as the participant page sends them
/// (its own <c>Origin</c>) unless a test changes that. <see cref="StartIdleAsync"/> starts a server of its own for a
/// remote session that is never started: access rules do not depend on a browser.
/// </summary>
internal sealed class ParticipantClient : IAsyncDisposable
{
    // One browser: the cookie that binds the link to the first browser it admitted goes with every request and socket.
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _http;
    private readonly bool _ownsServer;

    public ParticipantClient(ParticipantPageServer server, ModeratedSession session, bool ownsServer)
    {
        Server = server;
        Session = session;
        _ownsServer = ownsServer;
        _http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies }) { Timeout = TimeSpan.FromSeconds(30) };
    }

    public ParticipantPageServer Server { get; }

    public ModeratedSession Session { get; }

    /// <summary>The participant page's origin, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Origin => Server.BaseAddress.GetLeftPart(UriPartial.Authority);

    public static async Task<ParticipantClient> StartIdleAsync(ModerationFixture fixture, IParticipantAdmission? admission = null)
    {
        var session = new ModeratedSession(
            new ModeratedSessionOptions { Study = fixture.Study(), Participant = "P01", Browser = fixture.Config, Remote = true, Backdrops = false },
            new NullRunJournal(),
            new NullModerationJournal());
        return new ParticipantClient(await ParticipantPageServer.StartAsync(session, admission), session, ownsServer: true);
    }

    /// <summary>A request to <paramref name="path"/> under the session's link, from the page's own origin.</summary>
    public HttpRequestMessage PageRequest(string method, string path, HttpContent? content = null, string? token = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(token is null ? Server.Url : Server.LinkFor(token), path)) { Content = content };
        request.Headers.Add("Origin", Origin);
        return request;
    }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

    /// <summary>A second participant's browser with the same link: its own cookies (none yet).</summary>
    public ParticipantClient OtherBrowser() => new(Server, Session, ownsServer: false);

    /// <summary>Opens the stream with <paramref name="origin"/> (null: none); throws when the server refuses.</summary>
    public async Task<ClientWebSocket> ConnectAsync(string? origin)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.Cookies = _cookies;
        if (origin is not null)
        {
            socket.Options.SetRequestHeader("Origin", origin);
        }

        var url = new UriBuilder(new Uri(Server.Url, "stream")) { Scheme = "ws" }.Uri;
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await socket.ConnectAsync(url, limit.Token);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The handshake's status: 101 when the stream opened (it is closed again), else the refusal's.</summary>
    public async Task<HttpStatusCode> WebSocketStatusAsync(string? origin)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.Cookies = _cookies;
        if (origin is not null)
        {
            socket.Options.SetRequestHeader("Origin", origin);
        }

        var url = new UriBuilder(new Uri(Server.Url, "stream")) { Scheme = "ws" }.Uri;
        try
        {
            await socket.ConnectAsync(url, CancellationToken.None);
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
            return HttpStatusCode.SwitchingProtocols;
        }
        catch (WebSocketException)
        {
            return socket.HttpStatusCode;
        }
    }

    /// <summary>The next text message on <paramref name="socket"/> (frames, which are binary, are skipped).</summary>
    public static async Task<string> NextTextAsync(ClientWebSocket socket) =>
        Encoding.UTF8.GetString(await NextAsync(socket, WebSocketMessageType.Text));

    /// <summary>The next frame (a binary message) on <paramref name="socket"/>, acknowledged as the page does; text messages are skipped.</summary>
    public static async Task<byte[]> NextFrameAsync(ClientWebSocket socket)
    {
        var frame = await NextAsync(socket, WebSocketMessageType.Binary);
        await SendTextAsync(socket, "{\"t\":\"ack\"}");
        return frame;
    }

    /// <summary>The next whole message of <paramref name="type"/> on <paramref name="socket"/>, within 15 s; other messages are skipped.</summary>
    private static async Task<byte[]> NextAsync(ClientWebSocket socket, WebSocketMessageType type)
    {
        var buffer = new byte[1 << 20];
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, limit.Token);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (result.MessageType == type)
            {
                return message.ToArray();
            }
        }
    }

    public static Task SendTextAsync(ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (_ownsServer)
        {
            await Server.DisposeAsync();
            await Session.DisposeAsync();
        }
    }
}
