using UsabilityLab.Core.Errors;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Browser.Tests;

public sealed class BrowserConfigLoaderTests
{
    [Fact]
    public void Parse_RepositoryConfig_ReadsEveryField()
    {
        var config = BrowserConfigLoader.Load(RepositoryFiles.Find("playwright.config.json"));

        Assert.Equal("", config.ExecutablePath);
        Assert.True(config.Headless);
        Assert.Equal(1280, config.Viewport.Width);
        Assert.Equal(800, config.Viewport.Height);
        Assert.Equal("en-US", config.Locale);
        Assert.Equal("UTC", config.TimezoneId);
        Assert.Equal(10_000, config.ActionTimeoutMs);
        Assert.Equal(30_000, config.NavigationTimeoutMs);
        Assert.Empty(config.Browser.Endpoints);
        Assert.Equal(2, config.Browser.PerEndpoint);
    }

    [Fact]
    public void Parse_MissingComma_ReportsFileLineAndColumn()
    {
        const string json = "{\n  \"headless\": true\n  \"slowMoMs\": 5\n}";

        var error = Assert.Throws<InputException>(() => BrowserConfigLoader.Parse(json, "playwright.config.json"));

        Assert.StartsWith("playwright.config.json:3:3: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Parse_UnknownKey_IsRejectedWithItsPosition()
    {
        const string json = "{\n  \"headles\": true\n}";

        var error = Assert.Throws<InputException>(() => BrowserConfigLoader.Parse(json, "playwright.config.json"));

        Assert.Matches(@"^playwright\.config\.json:2:\d+: .*headles", error.Message);
    }

    [Fact]
    public void Parse_WrongType_ReportsPosition()
    {
        const string json = "{ \"viewport\": { \"width\": \"wide\", \"height\": 800 } }";

        var error = Assert.Throws<InputException>(() => BrowserConfigLoader.Parse(json, "cfg.json"));

        Assert.StartsWith("cfg.json:1:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TinyViewport_IsRejected()
    {
        var error = Assert.Throws<InputException>(() => BrowserConfigLoader.Parse("{ \"viewport\": { \"width\": 10, \"height\": 800 } }", "cfg.json"));

        Assert.Contains("viewport 10x800", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrowserSection_ReadsEndpointsShareAndExposeNetwork()
    {
        const string json = """{ "browser": { "endpoints": ["ws://10.0.0.5:3000/a1", "ws://10.0.0.6:3000/b2"], "perEndpoint": 3, "exposeNetwork": "<loopback>" } }""";

        var config = BrowserConfigLoader.Parse(json, "cfg.json");

        Assert.Equal(["ws://10.0.0.5:3000/a1", "ws://10.0.0.6:3000/b2"], config.Browser.Endpoints);
        Assert.Equal(3, config.Browser.PerEndpoint);
        Assert.Equal("<loopback>", config.Browser.ExposeNetwork);
        Assert.Empty(BrowserConfig.Default.Browser.Endpoints);
        Assert.Equal(2, BrowserConfig.Default.Browser.PerEndpoint);
    }

    [Fact]
    public void Parse_EndpointNotWebSocket_NamesTheKeyAndTheFix()
    {
        var error = Assert.Throws<InputException>(() => BrowserConfigLoader.Parse("""{ "browser": { "endpoints": ["ws://ok:1/a", "http://10.0.0.5:3000/"] } }""", "cfg.json"));

        Assert.StartsWith("cfg.json: browser.endpoints[1] 'http://10.0.0.5:3000/' is not a browser server address;", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "browser": { "perEndpoint": 0 } }""", "browser.perEndpoint 0 is out of range")]
    [InlineData("""{ "browser": null }""", "browser must be an object")]
    public void Parse_BadBrowserSection_IsRejected(string json, string expected)
    {
        var error = Assert.Throws<InputException>(() => BrowserConfigLoader.Parse(json, "cfg.json"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
