using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Data.Sqlite;
using UsabilityLab.Application;
using UsabilityLab.CommandLine;
using UsabilityLab.Server.Dashboard;

namespace UsabilityLab.Server.Tests.Dashboard;

/// <summary>HTTPS with a certificate from files, and a reverse proxy's forwarded scheme believed from loopback only.</summary>
public sealed class DashboardTransportTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lab-dashboard-tls-");
    private LabStore _store = null!;

    public async Task InitializeAsync() => _store = await LabStore.OpenAsync(Path.Combine(_folder.FullName, "lab.db"), CancellationToken.None);

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Serve_WithACertificate_AnswersHttpsWithIt()
    {
        using var certificate = SelfSigned();
        await using var server = await DashboardServer.StartAsync(new DashboardOptions("127.0.0.1", 0) { Certificate = certificate }, _store);
        X509Certificate2? presented = null;
        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, cert, _, _) =>
            {
                presented = cert is null ? null : X509CertificateLoader.LoadCertificate(cert.RawData);
                return true;
            },
        };
        using var client = new HttpClient(handler);

        using var response = await client.GetAsync(server.Root);

        Assert.Equal("https", server.Root.Scheme);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(certificate.Thumbprint, presented?.Thumbprint);
    }

    [Fact]
    public async Task Serve_WithACertificateFileWithoutItsKey_RefusedWithOneLine_ExitCode2()
    {
        using var certificate = SelfSigned();
        var pem = Path.Combine(_folder.FullName, "cert.pem");
        await File.WriteAllTextAsync(pem, certificate.ExportCertificatePem());
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await ServerApp.RunAsync(["serve", "--port", "0", "--db", Path.Combine(_folder.FullName, "lab.db"), "--certificate", pem], new CliIo(output, error, interactive: false));

        Assert.Equal(ExitCodes.Usage, code);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"--certificate {pem}: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BehindProxy_OriginOfTheForwardedScheme_PassesTheCrossOriginCheck_OnlyThen()
    {
        await using var direct = await DashboardServer.StartAsync(new DashboardOptions("127.0.0.1", 0), _store);
        await using var proxied = await DashboardServer.StartAsync(new DashboardOptions("127.0.0.1", 0) { BehindProxy = true }, _store);

        using var toDirect = await PostAsync(direct.Root);
        using var toProxied = await PostAsync(proxied.Root);

        // Without --behind-proxy the request is plain HTTP, so an https Origin is another origin.
        Assert.Equal(HttpStatusCode.Forbidden, toDirect.StatusCode);
        Assert.Contains("cross-origin", await toDirect.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Behind the proxy it is the page's own origin; what answers is the sign-in a proxied dashboard always asks for.
        Assert.NotEqual(HttpStatusCode.Forbidden, toProxied.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(Uri root)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, root) { Content = new StringContent("a=1", Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Add("Origin", $"https://{root.Authority}");
        request.Headers.Add("X-Forwarded-Proto", "https");
        return await client.SendAsync(request);
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Kestrel needs the key in a form it can use on Linux: round-trip through PKCS#12.
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pfx), null);
    }
}
