using UsabilityLab.Recording.Moderation;
using UsabilityLab.Server.ModeratorConsole;

namespace UsabilityLab.Server.Tests.ModeratorConsole;

/// <summary>
/// An HTTP client for a moderator console that builds requests as the console's own page sends them (token header,
/// own <c>Origin</c>) unless a test changes that. <see cref="StartIdleAsync"/> also starts a console of its own for a
/// session that is never started: access rules and input checks do not depend on a participant's browser.
/// </summary>
internal sealed class ConsoleClient(ModeratorConsoleServer server, ModeratedSession? ownedSession = null) : IAsyncDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public ModeratorConsoleServer Server { get; } = server;

    /// <summary>The console's origin as a browser serialises it, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Origin => Server.BaseAddress.GetLeftPart(UriPartial.Authority);

    public int Port => Server.BaseAddress.Port;

    public static async Task<ConsoleClient> StartIdleAsync(ModerationFixture fixture)
    {
        var session = new ModeratedSession(
            new ModeratedSessionOptions { Study = fixture.Study(), Participant = "P01", Browser = fixture.Config, Headless = true, Backdrops = false },
            new NullRunJournal(),
            new NullModerationJournal());
        return new ConsoleClient(await ModeratorConsoleServer.StartAsync(session), session);
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
        if (ownedSession is not null)
        {
            await Server.DisposeAsync();
            await ownedSession.DisposeAsync();
        }
    }
}
