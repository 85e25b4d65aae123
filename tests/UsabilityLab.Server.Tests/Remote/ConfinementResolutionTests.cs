using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using UsabilityLab.Recording.Moderation.Remote;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>
/// Names judged by what they resolve to: a public-looking name whose DNS answer is a private address is blocked like
/// the address itself, answers are looked up again after <see cref="ConfinementPolicy.ResolutionLifetime"/>, and the
/// study's extra <c>origins:</c> may be navigated to (and reached, like the target, where they live).
/// </summary>
public sealed class ConfinementResolutionTests
{
    private static readonly Uri Target = new("https://shop.example/");

    [Fact]
    public async Task RequestRefusalAsync_NameResolvingToAPrivateAddress_Blocked_PublicAnswerAllowed()
    {
        var dns = new FakeDns { ["intranet.example"] = "10.1.2.3", ["cdn.example"] = "93.184.216.34", ["both.example"] = "93.184.216.34,192.168.0.9" };
        var policy = new ConfinementPolicy(Target, resolve: dns.ResolveAsync);

        Assert.Equal("intranet.example resolves to 10.1.2.3, a loopback or private address", await policy.RequestRefusalAsync("https://intranet.example/admin"));
        Assert.Equal("both.example resolves to 192.168.0.9, a loopback or private address", await policy.RequestRefusalAsync("https://both.example/"));
        Assert.Null(await policy.RequestRefusalAsync("https://cdn.example/lib.js"));
        Assert.Null(await policy.RequestRefusalAsync("https://nowhere.example/")); // no such name: the browser fails by itself
        Assert.NotNull(policy.ResolvedWebSocketRefusal("wss://intranet.example/socket"));
        Assert.Null(policy.ResolvedWebSocketRefusal("wss://cdn.example/socket"));
    }

    [Fact]
    public async Task RequestRefusalAsync_NameChangesItsAnswer_SeenOnceTheKeptAnswerIsOlderThanTheLifetime()
    {
        var dns = new FakeDns { ["rebind.example"] = "93.184.216.34" };
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
        var policy = new ConfinementPolicy(Target, resolve: dns.ResolveAsync, time: time);

        var first = await policy.RequestRefusalAsync("https://rebind.example/");
        dns["rebind.example"] = "127.0.0.1";
        var kept = await policy.RequestRefusalAsync("https://rebind.example/");
        time.Advance(ConfinementPolicy.ResolutionLifetime + TimeSpan.FromSeconds(1));
        var later = await policy.RequestRefusalAsync("https://rebind.example/");

        Assert.Equal((null, null), (first, kept));
        Assert.Equal("rebind.example resolves to 127.0.0.1, a loopback or private address", later);
        Assert.Equal(2, dns.Lookups);
    }

    [Fact]
    public async Task NavigationRefusalAsync_ExtraOrigin_PagesMayOpenThere_AndItsPrivateEndpointIsReachable()
    {
        var dns = new FakeDns { ["login.corp.example"] = "10.9.9.9", ["shop.example"] = "10.0.0.7" };
        var policy = new ConfinementPolicy(Target, [new Uri("https://login.corp.example")], dns.ResolveAsync);

        Assert.Null(await policy.NavigationRefusalAsync("https://login.corp.example/authorize?client=shop"));
        Assert.Null(await policy.NavigationRefusalAsync("https://shop.example/cart")); // the target on a private network
        Assert.Equal(
            "navigation to https://other.example is outside the study's origins (https://shop.example, https://login.corp.example)",
            await policy.NavigationRefusalAsync("https://other.example/"));
        Assert.NotNull(await policy.RequestRefusalAsync("https://login.corp.example:8443/")); // another port of that host is not the origin
    }

    /// <summary>Answers per name, comma-separated addresses; names it does not know do not exist.</summary>
    private sealed class FakeDns : Dictionary<string, string>
    {
        public int Lookups { get; private set; }

        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
        {
            Lookups++;
            return TryGetValue(host, out var answer)
                ? Task.FromResult(answer.Split(',').Select(IPAddress.Parse).ToArray())
                : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));
        }
    }
}
