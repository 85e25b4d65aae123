using UsabilityLab.Recording.Runner.Hooks;

namespace UsabilityLab.Recording.Tests.Runner.Hooks;

public sealed class LoopbackNamesTests
{
    [Theory]
    [InlineData("localhost", true)]
    [InlineData("swagger-ui.localhost", true)]
    [InlineData("App.LocalHost.", true)]
    [InlineData("notlocalhost", false)]
    [InlineData("localhost.example.com", false)]
    [InlineData("127.0.0.1", false)]
    public void IsLoopback_HostName_TrueForLocalhostAndItsSubdomains(string host, bool loopback) =>
        Assert.Equal(loopback, LoopbackNames.IsLoopback(host));
}
