using System.Net;
using System.Net.Sockets;
using System.Text;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Recording.Tests.RealWorld;

public sealed class StaticSiteTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("static-site-").FullName;
    private StaticSite _site = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_root, "sites", "docs", "guide"));
        Directory.CreateDirectory(Path.Combine(_root, "shared", "lib"));
        await File.WriteAllTextAsync(Path.Combine(_root, "sites", "docs", "index.html"), "<h1>Docs</h1>");
        await File.WriteAllTextAsync(Path.Combine(_root, "sites", "docs", "guide", "start.md"), "# Start");
        await File.WriteAllTextAsync(Path.Combine(_root, "shared", "lib", "app.js"), "export {};");
        await File.WriteAllTextAsync(Path.Combine(_root, "secret.txt"), "not for the browser");
        _site = await StaticSite.StartAsync(Path.Combine(_root, "sites"), Path.Combine(_root, "shared"), "/shared");
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/guide/start.md", "text/markdown; charset=utf-8")]
    [InlineData("/shared/lib/app.js", "text/javascript")]
    public async Task Get_FileOfTheSiteOrShared_ServedWithItsContentType(string path, string contentType)
    {
        var (status, type, _) = await GetAsync("docs", path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(contentType, type);
    }

    [Theory]
    [InlineData("docs", "/guide/")]
    [InlineData("docs", "/shared/lib/")]
    [InlineData("docs", "/missing.html")]
    [InlineData("other", "/index.html")]
    [InlineData("127", "/index.html")]
    public async Task Get_FolderMissingFileOrUnknownSite_NotFound(string site, string path)
    {
        var (status, _, _) = await GetAsync(site, path);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/shared/../../secret.txt")]
    [InlineData("/shared/%2e%2e/%2e%2e/secret.txt")]
    [InlineData("/guide/..%2f..%2fsecret.txt")]
    public async Task Get_PathOutsideTheFolders_NeverServesTheFile(string rawPath)
    {
        // Raw bytes on the socket: HttpClient would remove the dot segments before sending.
        var answer = await RawGetAsync("docs", rawPath);

        Assert.DoesNotContain("not for the browser", answer, StringComparison.Ordinal);
        Assert.DoesNotContain(" 200 ", answer.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void SiteUrl_EachFolder_OwnOriginOnLocalhost()
    {
        Assert.Equal(["docs"], _site.Sites);
        Assert.Equal(new Uri($"http://docs.localhost:{_site.Port}/"), _site.SiteUrl("docs"));
        Assert.Throws<ArgumentException>(() => _site.SiteUrl("other"));
    }

    private async Task<(HttpStatusCode Status, string? ContentType, string Body)> GetAsync(string site, string path)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{_site.Port}{path}");
        request.Headers.Host = $"{site}.localhost:{_site.Port}";
        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync());
    }

    private async Task<string> RawGetAsync(string site, string rawPath)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, _site.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {rawPath} HTTP/1.1\r\nHost: {site}.localhost:{_site.Port}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadToEndAsync();
    }
}
