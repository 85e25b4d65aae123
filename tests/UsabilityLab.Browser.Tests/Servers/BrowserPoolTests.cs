using UsabilityLab.Browser.Servers;
using UsabilityLab.Core.Errors;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Browser.Tests.Servers;

/// <summary>Participants' browsers on a pool of real browser servers: spread, capped, and moved off a server that went.</summary>
public sealed class BrowserPoolTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);
    private readonly BrowserConfig _config = BrowserConfigLoader.Load(RepositoryFiles.Find(BrowserConfigLoader.FileName));
    private BrowserServer _first = null!;
    private BrowserServer _second = null!;

    public async Task InitializeAsync()
    {
        _first = await BrowserServer.StartAsync(_config, "127.0.0.1", 0, CancellationToken.None);
        _second = await BrowserServer.StartAsync(_config, "127.0.0.1", 0, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Fact]
    public async Task AcquireAsync_TwoEndpoints_SpreadsThemThenWaitsAtTheCap()
    {
        // No Chromium here: a pool of servers looks nothing up on this machine.
        var config = Pooled(1, _first.Endpoint, _second.Endpoint) with { ExecutablePath = "/nonexistent/chromium" };
        await using var pool = BrowserPool.Create(config, workers: 3);

        var one = await pool.AcquireAsync(CancellationToken.None);
        var two = await pool.AcquireAsync(CancellationToken.None);
        var three = pool.AcquireAsync(CancellationToken.None);
        var waited = !three.IsCompleted; // both servers serve one already: it waits for a place (asked before any is freed)
        await one.DisposeAsync();
        await using var third = await three.WaitAsync(Patience);
        await two.DisposeAsync();

        Assert.True(pool.IsRemote);
        Assert.Equal(2, pool.Capacity);
        Assert.Equal([Name(_first), Name(_second)], [one.Browser.Name, two.Browser.Name]);
        Assert.True(waited);
        Assert.Equal(one.Browser.Name, third.Browser.Name);
        Assert.Same(one.Browser, third.Browser); // one connection per endpoint, shared by its participants
    }

    [Fact]
    public async Task AcquireAsync_EndpointStopped_GivesItUpAndServesFromTheOthers_ThenSaysWhenNoneIsLeft()
    {
        var doomed = await BrowserServer.StartAsync(_config, "127.0.0.1", 0, CancellationToken.None);
        await using var pool = BrowserPool.Create(Pooled(2, doomed.Endpoint, _second.Endpoint), workers: 1);
        await using var alone = BrowserPool.Create(Pooled(1, doomed.Endpoint), workers: 1);
        var lease = await pool.AcquireAsync(CancellationToken.None);
        var only = await alone.AcquireAsync(CancellationToken.None);

        await doomed.DisposeAsync();
        await WaitLostAsync(lease);
        await WaitLostAsync(only);
        await lease.DisposeAsync();
        await only.DisposeAsync();
        await using var moved = await pool.AcquireAsync(CancellationToken.None);
        var none = await Assert.ThrowsAsync<EnvironmentProblemException>(() => alone.AcquireAsync(CancellationToken.None));

        Assert.Equal(Name(doomed), lease.Browser.Name);
        Assert.Equal(Name(_second), moved.Browser.Name);
        Assert.StartsWith($"every browser server is gone (browser server {BrowserEndpoint.Parse(doomed.Endpoint, "t").Name} refused the connection: ", none.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', none.Message);
    }

    [Fact]
    public async Task Create_NoEndpoints_LaunchesHereOnePerWorker()
    {
        await using var pool = BrowserPool.Create(_config, workers: 2);
        await using var lease = await pool.AcquireAsync(CancellationToken.None);

        Assert.False(pool.IsRemote);
        Assert.Equal(2, pool.Capacity);
        Assert.Equal("Chromium", lease.Browser.Name);
        Assert.False(lease.Lost);
    }

    private BrowserConfig Pooled(int perEndpoint, params string[] endpoints) =>
        _config with { Browser = new RemoteBrowserConfig { Endpoints = endpoints, PerEndpoint = perEndpoint } };

    private static string Name(BrowserServer server) => $"browser server {BrowserEndpoint.Parse(server.Endpoint, "test").Name}";

    private static async Task WaitLostAsync(BrowserLease lease)
    {
        using var limit = new CancellationTokenSource(Patience);
        while (!lease.Lost)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), limit.Token);
        }
    }
}
