using UsabilityLab.Recording.Runner;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>When a goto to a task's start would only move to a fragment of the page already open.</summary>
public sealed class FreshStartTests
{
    [Theory]
    [InlineData("http://app.localhost/#/help", "http://app.localhost/#/settings", true)]
    [InlineData("http://app.localhost/#/settings", "http://app.localhost/#/settings", true)]
    [InlineData("http://app.localhost/", "http://app.localhost/#/settings", true)]
    [InlineData("http://app.localhost/?q=1#a", "http://app.localhost/?q=1#b", true)]
    [InlineData("http://app.localhost/#/help", "http://app.localhost/", false)]
    [InlineData("http://app.localhost/", "http://app.localhost/", false)]
    [InlineData("http://app.localhost/?q=1#a", "http://app.localhost/?q=2#a", false)]
    [InlineData("http://app.localhost/docs#a", "http://app.localhost/#a", false)]
    [InlineData("http://other.localhost/#a", "http://app.localhost/#a", false)]
    [InlineData("about:blank", "http://app.localhost/#a", false)]
    public void WouldStaySameDocument_CurrentAndStart_OnlyWhenTheyDifferByTheFragment(string current, string start, bool expected)
    {
        Assert.Equal(expected, FreshStart.WouldStaySameDocument(current, start));
    }
}
