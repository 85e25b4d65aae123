using UsabilityLab.Recording.Moderation.Remote;

namespace UsabilityLab.Server.Tests.Remote;

public sealed class ConfinementPolicyTests
{
    private static readonly ConfinementPolicy OnLoopback = new(new Uri("http://127.0.0.1:5000/"));
    private static readonly ConfinementPolicy OnPublic = new(new Uri("https://shop.example/"));

    [Theory]
    [InlineData("10.0.0.1", true)]
    [InlineData("172.16.5.4", true)]
    [InlineData("172.32.0.1", false)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("127.5.5.5", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("[::1]", true)]
    [InlineData("[fd00::1]", true)]
    [InlineData("[fe80::1]", true)]
    [InlineData("[::ffff:10.0.0.1]", true)]
    [InlineData("localhost", true)]
    [InlineData("app.localhost", true)]
    [InlineData("8.8.8.8", false)]
    [InlineData("shop.example", false)]
    public void IsPrivate_Host_Classified(string host, bool expected) => Assert.Equal(expected, ConfinementPolicy.IsPrivate(host));

    [Fact]
    public void RequestRefusal_TargetOnLoopback_OnlyItsOwnHostAndPort()
    {
        Assert.Null(OnLoopback.RequestRefusal("http://127.0.0.1:5000/api/cart"));
        Assert.NotNull(OnLoopback.RequestRefusal("http://127.0.0.1:5001/"));
        Assert.NotNull(OnLoopback.RequestRefusal("http://localhost:5000/"));
        Assert.Null(OnLoopback.RequestRefusal("https://cdn.example/lib.js"));
    }

    [Theory]
    [InlineData("file:///etc/passwd", "file: URLs are blocked")]
    [InlineData("chrome://settings", "chrome: URLs are blocked")]
    [InlineData("devtools://devtools/bundled/inspector.html", "devtools: URLs are blocked")]
    [InlineData("http://192.168.0.1/", "loopback or private address")]
    [InlineData("https://elsewhere.example/", "outside the study's origins")]
    public void NavigationRefusal_OutsideStudy_Refused(string url, string reason) =>
        Assert.Contains(reason, OnPublic.NavigationRefusal(url), StringComparison.Ordinal);

    [Fact]
    public void NavigationRefusal_StudyOriginAndAboutBlank_Allowed()
    {
        Assert.Null(OnPublic.NavigationRefusal("https://shop.example/cart?x=1"));
        Assert.Null(OnPublic.NavigationRefusal("about:blank"));
        Assert.NotNull(OnPublic.NavigationRefusal("http://shop.example/")); // another scheme is another origin
        Assert.Null(new ConfinementPolicy(new Uri("https://shop.example/"), [new Uri("https://login.example/")]).NavigationRefusal("https://login.example/sso"));
    }

    [Fact]
    public void WebSocketRefusal_PrivateAddress_Refused()
    {
        Assert.NotNull(OnPublic.WebSocketRefusal("ws://10.0.0.2:8080/socket"));
        Assert.Null(OnPublic.WebSocketRefusal("wss://shop.example/live"));
        Assert.Null(OnLoopback.WebSocketRefusal("ws://127.0.0.1:5000/live"));
    }
}
