using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Browser.Tests.Support;

/// <summary>One Chromium, launched from the repository's playwright.config.json, shared by the tests that need it running.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public LabBrowser Browser { get; private set; } = null!;

    public BrowserConfig Config { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Config = BrowserConfigLoader.Load(RepositoryFiles.Find(BrowserConfigLoader.FileName));
        Browser = await LabBrowser.LaunchAsync(Config);
    }

    public async Task DisposeAsync() => await Browser.DisposeAsync();
}
