using UsabilityLab.Browser;
using UsabilityLab.DemoSite;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Recording.Tests.Support;

/// <summary>One demo site and one Chromium (from the repository's playwright.config.json) shared by the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public DemoSiteHost Site { get; private set; } = null!;

    public LabBrowser Browser { get; private set; } = null!;

    public BrowserConfig Config { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = await DemoSiteHost.StartAsync(new DemoSiteOptions { SearchDelay = TimeSpan.FromMilliseconds(200) });
        Config = BrowserConfigLoader.Load(RepositoryFile(BrowserConfigLoader.FileName));
        Browser = await LabBrowser.LaunchAsync(Config);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Site.DisposeAsync();
    }

    public Uri Url(string path) => new(Site.BaseUrl, path);

    /// <summary>A file at the repository root, found upwards from the test binaries.</summary>
    public static string RepositoryFile(string name) => RepositoryFiles.Find(name);
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
