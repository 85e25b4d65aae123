using UsabilityLab.Recording.Moderation;
using UsabilityLab.Recording.Moderation.Web;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.Moderation;

/// <summary>
/// The console of a session that is never started: its access rules and input checks do not depend on a participant's
/// browser. Requests are built as the console's own page sends them (token header, own <c>Origin</c>) unless a test
/// changes that.
/// </summary>
internal sealed class IdleConsole : IAsyncDisposable
{
    private readonly ModeratedSession _session;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private IdleConsole(ModeratedSession session, ModeratorConsoleServer server)
    {
        _session = session;
        Server = server;
    }

    public ModeratorConsoleServer Server { get; }

    /// <summary>The console's origin as a browser serialises it, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Origin => Server.BaseAddress.GetLeftPart(UriPartial.Authority);

    public int Port => Server.BaseAddress.Port;

    public static async Task<IdleConsole> StartAsync(ModerationFixture fixture)
    {
        var session = new ModeratedSession(
            new ModeratedSessionOptions { Study = fixture.Study(), Participant = "P01", Browser = fixture.Config, Headless = true, Backdrops = false },
            new MemoryJournal(),
            new NullModerationJournal());
        return new IdleConsole(session, await ModeratorConsoleServer.StartAsync(session));
    }

    /// <summary>A request as the console's page would send it: the token in its header, the console's own origin.</summary>
    public HttpRequestMessage PageRequest(string method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(Server.BaseAddress, path)) { Content = content };
        request.Headers.Add("X-Lab-Token", Server.Token);
        request.Headers.Add("Origin", Origin);
        return request;
    }

    /// <summary>Sends and returns once the headers are in (the live stream never ends by itself).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
        await _session.DisposeAsync();
    }
}
