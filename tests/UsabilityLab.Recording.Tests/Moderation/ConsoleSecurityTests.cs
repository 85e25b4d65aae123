using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Recording.Moderation;
using UsabilityLab.Recording.Moderation.Web;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.Moderation;

/// <summary>The console is reachable on loopback only, and only with the session's token — page, assets, stream and commands alike.</summary>
[Collection(ModerationCollection.Name)]
public sealed class ConsoleSecurityTests(ModerationFixture fixture) : IAsyncLifetime
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private ModeratedSession _session = null!;
    private ModeratorConsoleServer _console = null!;

    public async Task InitializeAsync()
    {
        // The session is never started: the console's access rules do not depend on a participant's browser.
        _session = new ModeratedSession(
            new ModeratedSessionOptions { Study = fixture.Study(), Participant = "P01", Browser = fixture.Config, Headless = true, Backdrops = false },
            new MemoryJournal(),
            new NullModerationJournal());
        _console = await ModeratorConsoleServer.StartAsync(_session);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _console.DisposeAsync();
        await _session.DisposeAsync();
    }

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/console.js")]
    [InlineData("GET", "/console.css")]
    [InlineData("GET", "/api/stream")]
    [InlineData("GET", "/api/state")]
    [InlineData("POST", "/api/notes")]
    [InlineData("POST", "/api/session/end")]
    [InlineData("GET", "/favicon.ico")]
    public async Task Request_WithoutOrWithAWrongToken_Is403(string method, string path)
    {
        using var without = await _http.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(_console.BaseAddress, path)));
        using var wrongQuery = await _http.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(_console.BaseAddress, path + "?t=" + new string('0', 32))));
        var header = new HttpRequestMessage(new HttpMethod(method), new Uri(_console.BaseAddress, path));
        header.Headers.Add("X-Lab-Token", _console.Token[..^1] + (_console.Token[^1] == 'a' ? 'b' : 'a'));
        using var wrongHeader = await _http.SendAsync(header);

        Assert.Equal(HttpStatusCode.Forbidden, without.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongQuery.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongHeader.StatusCode);
    }

    [Fact]
    public async Task Request_WithTheToken_IsServedWithoutLeakingIt()
    {
        using var page = await _http.GetAsync(_console.Url);
        var state = new HttpRequestMessage(HttpMethod.Get, new Uri(_console.BaseAddress, "/api/state"));
        state.Headers.Add("X-Lab-Token", _console.Token);
        using var stateResponse = await _http.SendAsync(state);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"console.js?t={_console.Token}", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal(HttpStatusCode.OK, stateResponse.StatusCode);
        Assert.Contains("\"participant\":\"P01\"", await stateResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(32, _console.Token.Length); // 128 bits, hex
    }

    [Fact]
    public async Task Console_ListensOnLoopbackOnly_OtherAddressesRefuse()
    {
        Assert.All(_console.ListeningAddresses, a => Assert.StartsWith("http://127.0.0.1:", a, StringComparison.Ordinal));
        var port = _console.BaseAddress.Port;
        var others = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses.Select(u => u.Address))
            .Where(a => !IPAddress.IsLoopback(a) && !a.IsIPv6LinkLocal)
            .ToList();
        foreach (var address in others)
        {
            using var client = new TcpClient(address.AddressFamily);
            await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(address, port));
        }

        using var loopback = new TcpClient();
        await loopback.ConnectAsync(IPAddress.Loopback, port); // and it does listen there
        Assert.True(loopback.Connected);
    }

    /// <summary>Nothing to store: the session under test is never started.</summary>
    private sealed class NullModerationJournal : IModerationJournal
    {
        public Task<long> AddNoteAsync(ModeratorNote note, CancellationToken cancellationToken) => Task.FromResult(1L);

        public Task SaveFrameAsync(ScreenFrame frame, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task AddPauseAsync(ClockPause pause, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<long> StartAudioAsync(long sessionId, double startMs, string mimeType, CancellationToken cancellationToken) => Task.FromResult(1L);

        public Task AppendAudioAsync(long clipId, int sequence, byte[] data, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task FinishAudioAsync(long clipId, double endMs, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
