using UsabilityLab.Server.Accounts;

namespace UsabilityLab.Server.Tests.Accounts;

public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/runs/12?tab=tasks#heatmap")]
    [InlineData("/runs/%2F%2Fevil.example")]
    public void OrHome_PathOnThisSite_Kept(string url)
    {
        Assert.Equal(url, LocalReturnUrl.OrHome(url));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("\\\\evil.example/")]
    [InlineData("/\t/evil.example/")]
    [InlineData("/runs\n/x")]
    [InlineData("javascript:alert(1)")]
    [InlineData(" /runs")]
    [InlineData("runs")]
    public void OrHome_AnotherSiteOrNoPath_Home(string? url)
    {
        Assert.Equal("/", LocalReturnUrl.OrHome(url));
    }
}
