using System.Net;
using System.Net.Sockets;
using UsabilityLab.Browser.Servers;
using UsabilityLab.Core.Errors;

namespace UsabilityLab.Browser.Tests.Servers;

public sealed class BrowserEndpointTests
{
    [Fact]
    public void Parse_ServerLine_NamesHostAndPortWithoutTheSecretPath()
    {
        var endpoint = BrowserEndpoint.Parse(" ws://127.0.0.1:40123/3f2a9c ", "--browser-endpoint");

        Assert.Equal("ws://127.0.0.1:40123/3f2a9c", endpoint.Address);
        Assert.Equal("127.0.0.1:40123", endpoint.Name);
        Assert.True(endpoint.IsLoopback);
        Assert.False(BrowserEndpoint.Parse("wss://browsers.ci.example:443/x", "test").IsLoopback);
    }

    [Theory]
    [InlineData("http://127.0.0.1:40123/x")]
    [InlineData("127.0.0.1:40123")]
    [InlineData("ws:///nohost")]
    [InlineData("")]
    public void Parse_NotAWebSocketAddress_OneLineNamingTheSourceAndTheFix(string value)
    {
        var error = Assert.Throws<InputException>(() => BrowserEndpoint.Parse(value, "--browser-endpoint"));

        Assert.StartsWith($"--browser-endpoint '{value}' is not a browser server address", error.Message, StringComparison.Ordinal);
        Assert.Contains("./lab browser-server prints", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task ProbeAsync_NothingListens_EnvironmentProblemInOneLine()
    {
        // A port that was free a moment ago: nobody listens there now.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var endpoint = BrowserEndpoint.Parse($"ws://127.0.0.1:{port}/abc", "test");

        var error = await Assert.ThrowsAsync<EnvironmentProblemException>(() => endpoint.ProbeAsync(TimeSpan.FromSeconds(10), CancellationToken.None));

        Assert.StartsWith($"browser server 127.0.0.1:{port} is unreachable (", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/abc", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
