using System.Net;
using System.Net.Sockets;

namespace UsabilityLab.Cli.Tests.Commands;

/// <summary>Mistakes around browser servers: one line each, the usual exit codes, and nothing written.</summary>
[Collection(CliCollection.Name)]
public sealed class BrowserEndpointUsageTests : IDisposable
{
    private const string Study = """
        name: Never reached
        target: http://127.0.0.1:9/
        tasks:
          - id: home
            title: Home
            prompt: Open the home page.
            start: /
            success: [ { url: / } ]
            steps:
              - click: "#home"
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lab-endpoints-");

    private string Db => Path.Combine(_folder.FullName, "lab.db");

    [Fact]
    public async Task Run_EndpointNotWebSocket_OneLine_ExitCode2_NothingWritten()
    {
        var result = await CliRunner.RunAsync("run", StudyFile(), "--db", Db, "--browser-endpoint", "http://127.0.0.1:3000/");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("--browser-endpoint 'http://127.0.0.1:3000/' is not a browser server address;", line, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task Run_EndpointUnreachable_OneLine_ExitCode3_NothingWritten_NoChromiumLookedFor()
    {
        using var env = new EnvironmentScope().Set("USABILITYLAB_BROWSER", "/nonexistent/chromium");
        var port = FreePort();

        var result = await CliRunner.RunAsync("run", StudyFile(), "--db", Db, "--browser-endpoint", $"ws://127.0.0.1:{port}/secret");

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"lab: browser server 127.0.0.1:{port} is unreachable (", line, StringComparison.Ordinal);
        Assert.EndsWith("start it with ./lab browser-server there, or fix the endpoint", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", line, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Theory]
    [InlineData("--port", "70000", "--port 70000 is not a port number")]
    [InlineData("--host", "a b", "--host 'a b' is not a host name or address")]
    public async Task BrowserServer_BadOption_OneLine_ExitCode2(string option, string value, string expected)
    {
        var result = await CliRunner.RunAsync("browser-server", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(expected, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task BrowserServer_PortTaken_OneLine_ExitCode3()
    {
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;

            var result = await CliRunner.RunAsync("browser-server", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

            Assert.Equal(3, result.ExitCode);
            Assert.Equal($"lab: cannot listen on 127.0.0.1:{port}: the port is in use; pick another --port (0 picks a free one)", Assert.Single(result.ErrorLines));
            Assert.Empty(result.Out);
        }
        finally
        {
            taken.Stop();
        }
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string StudyFile()
    {
        var path = Path.Combine(_folder.FullName, "study.yaml");
        File.WriteAllText(path, Study);
        return path;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
