using System.Net;
using System.Net.Sockets;

namespace UsabilityLab.DemoSite.Tests;

public sealed class DemoSiteHostTests
{
    [Fact]
    public async Task StartAsync_DefaultOptions_BindsLoopbackWithTrailingSlash()
    {
        await using var host = await DemoSiteHost.StartAsync();

        Assert.Equal("127.0.0.1", host.BaseUrl.Host);
        Assert.Equal("http", host.BaseUrl.Scheme);
        Assert.Equal("/", host.BaseUrl.AbsolutePath);
        Assert.True(host.BaseUrl.Port > 0);
        Assert.EndsWith("/", host.BaseUrl.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_TwoHosts_GetDifferentPortsAndBothServe()
    {
        await using var first = await DemoSiteHost.StartAsync();
        await using var second = await DemoSiteHost.StartAsync();
        using var client = new HttpClient();

        Assert.NotEqual(first.BaseUrl.Port, second.BaseUrl.Port);
        Assert.Equal("ok", await client.GetStringAsync(new Uri(first.BaseUrl, "health")));
        Assert.Equal("ok", await client.GetStringAsync(new Uri(second.BaseUrl, "health")));
    }

    [Fact]
    public async Task StartAsync_ExplicitPort_UsesThatPort()
    {
        var port = FreePort();
        await using var host = await DemoSiteHost.StartAsync(new DemoSiteOptions { Port = port });

        Assert.Equal(new Uri($"http://127.0.0.1:{port}/"), host.BaseUrl);
    }

    [Fact]
    public async Task StartAsync_PortInUse_ThrowsIOException()
    {
        // The CLI turns this IOException into "cannot listen on 127.0.0.1:PORT; pick another --port".
        await using var first = await DemoSiteHost.StartAsync();

        await Assert.ThrowsAsync<IOException>(() => DemoSiteHost.StartAsync(new DemoSiteOptions { Port = first.BaseUrl.Port }));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(70000)]
    public async Task StartAsync_PortOutOfRange_Throws(int port) =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => DemoSiteHost.StartAsync(new DemoSiteOptions { Port = port }));

    [Fact]
    public async Task StartAsync_NegativeSearchDelay_Throws() =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            DemoSiteHost.StartAsync(new DemoSiteOptions { SearchDelay = TimeSpan.FromSeconds(-1) }));

    [Fact]
    public async Task WaitForShutdownAsync_TokenCancelled_CompletesWithoutThrowing()
    {
        await using var host = await DemoSiteHost.StartAsync();
        using var cts = new CancellationTokenSource();

        var waiting = host.WaitForShutdownAsync(cts.Token);
        Assert.False(waiting.IsCompleted);
        await cts.CancelAsync();

        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task DisposeAsync_Twice_ReleasesPortAndDoesNotThrow()
    {
        var host = await DemoSiteHost.StartAsync();
        var port = host.BaseUrl.Port;

        await host.DisposeAsync();
        await host.DisposeAsync();

        // The port is free again: binding it ourselves must succeed.
        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        listener.Stop();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
