using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;

namespace UsabilityLab.Server.Tests.ModeratorConsole;

/// <summary>
/// The console answers loopback host names only, only requests with the session's token — page, assets, stream and
/// commands alike — and only commands from its own origin.
/// </summary>
[Collection(ModerationCollection.Name)]
public sealed class ConsoleSecurityTests(ModerationFixture fixture) : IAsyncLifetime
{
    private ConsoleClient _console = null!;

    public async Task InitializeAsync() => _console = await ConsoleClient.StartIdleAsync(fixture);

    public async Task DisposeAsync() => await _console.DisposeAsync();

    /// <summary>Page, assets, stream, reads, commands (a body-less one, a JSON one, the upload) and no route at all.</summary>
    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "/" },
        { "GET", "/console.js" },
        { "GET", "/console.css" },
        { "GET", "/api/stream" },
        { "GET", "/api/state" },
        { "POST", "/api/session/end" },
        { "POST", "/api/notes" },
        { "PUT", "/api/audio/1/0" },
        { "GET", "/favicon.ico" },
    };

    // From the console's own origin, so that what refuses them is the token and nothing else.
    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Request_WithoutOrWithAWrongToken_Is403(string method, string path)
    {
        var token = _console.Server.Token;
        using var without = await SendAsync(method, path, FromOwnOrigin);
        using var wrongQuery = await SendAsync(method, path + "?t=" + new string('0', 32), FromOwnOrigin);
        using var wrongHeader = await SendAsync(method, path, r =>
        {
            FromOwnOrigin(r);
            r.Headers.Add("X-Lab-Token", token[..^1] + (token[^1] == 'a' ? 'b' : 'a'));
        });

        foreach (var response in new[] { without, wrongQuery, wrongHeader })
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("needs the token", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Request_WithTheToken_IsServedWithoutLeakingIt()
    {
        var token = _console.Server.Token;
        using var page = await SendAsync("GET", "/?t=" + token);
        using var state = await SendAsync("GET", "/api/state", r => r.Headers.Add("X-Lab-Token", token));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"console.js?t={token}", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal(HttpStatusCode.OK, state.StatusCode);
        Assert.Contains("\"participant\":\"P01\"", await state.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(32, token.Length); // 128 bits, hex
    }

    // DNS rebinding: a page whose name now resolves to 127.0.0.1 reaches the console as "its own" origin, but its
    // requests name its host. Refused with 400 whether or not the token is right, so the token check never runs.
    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Request_WithAForeignHost_Is400BeforeTheTokenCheck(string method, string path)
    {
        string[] foreign = ["evil.example", "evil.example:{port}", "127.0.0.1.nip.io:{port}", "localhost.evil.example:{port}", "127.0.0.2:{port}", "0.0.0.0:{port}", "[::ffff:127.0.0.1]:{port}"];
        foreach (var host in foreign.Select(h => h.Replace("{port}", _console.Port.ToString(), StringComparison.Ordinal)))
        {
            using var withToken = await _console.SendAsync(WithHost(_console.PageRequest(method, path), host));
            using var withoutToken = await SendAsync(method, path, r => r.Headers.Host = host);

            Assert.True(withToken.StatusCode == HttpStatusCode.BadRequest, $"{method} {path} with Host {host} and the token answered {(int)withToken.StatusCode}");
            Assert.True(withoutToken.StatusCode == HttpStatusCode.BadRequest, $"{method} {path} with Host {host} answered {(int)withoutToken.StatusCode}");
            Assert.Contains("Invalid Hostname", await withToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("localhost:{port}")]
    [InlineData("LocalHost:{port}")]
    [InlineData("[::1]:{port}")]
    [InlineData("127.0.0.1")]
    public async Task Request_WithALoopbackHost_IsServed(string host)
    {
        using var response = await _console.SendAsync(WithHost(_console.PageRequest("GET", "/api/state"), host.Replace("{port}", _console.Port.ToString(), StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("HTTP/1.0", "")]
    [InlineData("HTTP/1.1", "Host: \r\n")]
    public async Task Request_WithoutAHost_Is400(string version, string hostLine)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _console.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET /api/state?t={_console.Server.Token} {version}\r\n{hostLine}Connection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);

        var statusLine = await reader.ReadLineAsync();

        Assert.Matches(@"^HTTP/1\.[01] 400 ", statusLine);
    }

    /// <summary>Every route that changes something, as the console's page calls it.</summary>
    public static TheoryData<string, string> Commands => new()
    {
        { "POST", "/api/tasks/next" },
        { "POST", "/api/attempts/mark" },
        { "POST", "/api/clock/pause" },
        { "POST", "/api/clock/resume" },
        { "POST", "/api/session/end" },
        { "POST", "/api/session/resume" },
        { "POST", "/api/notes" },
        { "POST", "/api/audio" },
        { "PUT", "/api/audio/1/0" },
        { "POST", "/api/audio/1/stop" },
        { "DELETE", "/api/notes" },
        { "PATCH", "/api/notes" },
    };

    // Another origin includes the site under test: a page on another loopback port is same-site, not same-origin.
    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Command_FromAnotherOrigin_Is403WithAReason(string method, string path)
    {
        var own = _console.Origin;
        string[] origins = ["http://evil.example", "null", fixture.Site.BaseUrl.GetLeftPart(UriPartial.Authority), own.Replace("127.0.0.1", "localhost", StringComparison.Ordinal),
            own.Replace("http:", "https:", StringComparison.Ordinal), own + "/", own + ".evil.example"];
        foreach (var origin in origins)
        {
            var request = _console.PageRequest(method, path, Body(path));
            request.Headers.Remove("Origin");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Sec-Fetch-Site", "same-origin"); // a lie that must not outweigh Origin
            using var response = await _console.SendAsync(request);

            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} from {origin} answered {(int)response.StatusCode}");
            Assert.Contains("cross-origin request refused", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Command_WithoutOrigin_PassesOnlyWithSameOriginFetchSite(string method, string path)
    {
        foreach (var site in new[] { "cross-site", "same-site", "none", null })
        {
            using var refused = await _console.SendAsync(WithoutOrigin(_console.PageRequest(method, path, Body(path)), site));

            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} with Sec-Fetch-Site {site ?? "(none)"} answered {(int)refused.StatusCode}");
            Assert.Contains(site is null ? "must say where it comes from" : "cross-origin request refused", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var passed = await _console.SendAsync(WithoutOrigin(_console.PageRequest(method, path, Body(path)), "same-origin"));

        Assert.NotEqual(HttpStatusCode.Forbidden, passed.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Command_FromTheConsolesOwnOrigin_PassesTheCheck(string method, string path)
    {
        using var response = await _console.SendAsync(_console.PageRequest(method, path, Body(path)));

        Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode); // what the idle session then says varies
    }

    // Reads are not checked: another origin's page cannot read the answer (no CORS), and it still needs the token.
    [Theory]
    [InlineData("/api/state")]
    [InlineData("/console.js")]
    public async Task Read_FromAnotherOrigin_IsServed(string path)
    {
        var request = _console.PageRequest("GET", path);
        request.Headers.Remove("Origin");
        request.Headers.Add("Origin", "http://evil.example");
        using var response = await _console.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Console_ListensOnLoopbackOnly_OtherAddressesRefuse()
    {
        Assert.All(_console.Server.ListeningAddresses, a => Assert.StartsWith("http://127.0.0.1:", a, StringComparison.Ordinal));
        var others = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses.Select(u => u.Address))
            .Where(a => !IPAddress.IsLoopback(a) && !a.IsIPv6LinkLocal)
            .ToList();
        foreach (var address in others)
        {
            using var client = new TcpClient(address.AddressFamily);
            await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(address, _console.Port));
        }

        using var loopback = new TcpClient();
        await loopback.ConnectAsync(IPAddress.Loopback, _console.Port); // and it does listen there
        Assert.True(loopback.Connected);
    }

    private static HttpContent Body(string path) => path.StartsWith("/api/audio/1/0", StringComparison.Ordinal)
        ? new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new("application/octet-stream") } }
        : new StringContent("{}", Encoding.UTF8, "application/json");

    private static HttpRequestMessage WithoutOrigin(HttpRequestMessage request, string? fetchSite)
    {
        request.Headers.Remove("Origin");
        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        return request;
    }

    private void FromOwnOrigin(HttpRequestMessage request) => request.Headers.Add("Origin", _console.Origin);

    private static HttpRequestMessage WithHost(HttpRequestMessage request, string host)
    {
        request.Headers.Host = host;
        return request;
    }

    /// <summary>A request with nothing but what <paramref name="configure"/> adds: no token, no origin.</summary>
    private Task<HttpResponseMessage> SendAsync(string method, string path, Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(_console.Server.BaseAddress, path));
        configure?.Invoke(request);
        return _console.SendAsync(request);
    }
}
