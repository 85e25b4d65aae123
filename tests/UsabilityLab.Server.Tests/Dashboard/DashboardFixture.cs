using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using UsabilityLab.Application;
using UsabilityLab.Application.Runs;
using UsabilityLab.Browser;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Studies.Loading;
using UsabilityLab.DemoSite;
using UsabilityLab.Server.Dashboard;
using UsabilityLab.Server.Tests.ModeratorConsole;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Server.Tests.Dashboard;

/// <summary>
/// Two runs of the demo study (4 mixed-persona participants each, different seeds) recorded into one SQLite store, the
/// dashboard over it on loopback, one Chromium to walk its pages, and axe-core (npm, installed with the real-world
/// corpus) to check each page.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private DirectoryInfo _folder = null!;
    private DemoSiteHost? _site;
    private BrowserConfig _config = null!;

    public DashboardServer Server { get; private set; } = null!;

    public LabBrowser Browser { get; private set; } = null!;

    public LabStore Store { get; private set; } = null!;

    /// <summary>The older run (seed 42) and the newer one (seed 7).</summary>
    public (long First, long Second) Runs { get; private set; }

    public string Axe { get; private set; } = "";

    public async Task InitializeAsync()
    {
        CorpusFetch.EnsureInstalled(ModerationFixture.RepositoryFile(Path.Combine("tests", "RealWorld", "fetch-corpus.sh")));
        Axe = await File.ReadAllTextAsync(ModerationFixture.RepositoryFile(Path.Combine("tests", "RealWorld", "node_modules", "axe-core", "axe.min.js")));
        _folder = Directory.CreateTempSubdirectory("lab-dashboard-");
        _site = await DemoSiteHost.StartAsync(new DemoSiteOptions { SearchDelay = TimeSpan.FromMilliseconds(100) });
        _config = BrowserConfigLoader.Load(ModerationFixture.RepositoryFile(BrowserConfigLoader.FileName));
        var first = await RecordAsync(seed: 42);
        var second = await RecordAsync(seed: 7);
        Runs = (first, second);
        Store = await LabStore.OpenExistingAsync(Path.Combine(_folder.FullName, "lab.db"), CancellationToken.None);
        Server = await DashboardServer.StartAsync(new DashboardOptions("127.0.0.1", 0), Store);
        Browser = await LabBrowser.LaunchAsync(_config, headless: true);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        _folder?.Delete(recursive: true);
    }

    /// <summary>A fresh page in its own context, at <paramref name="path"/> of the dashboard.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var context = await Browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(new Uri(Server.Root, path).ToString());
        Assert.Equal(200, response!.Status);
        return page;
    }

    /// <summary>A scripted run of the demo shop study into <paramref name="database"/>, opened (its run exists) but not yet recording.</summary>
    public async Task<StudyRecording> OpenRecordingAsync(string database, int participants, int seed, int workers)
    {
        var file = ModerationFixture.RepositoryFile(Path.Combine("scenarios", "demo-shop.yaml"));
        var source = StudyLoader.LoadFile(file, name => name == "DEMO_SITE_URL" ? _site!.BaseUrl.ToString() : null);
        Assert.True(source.IsValid, string.Join("; ", source.Diagnostics));
        var options = new ScriptedRunOptions { Participants = participants, Seed = seed, Workers = workers };
        return await StudyRecording.OpenAsync(new RecordSettings(source, file, database, options) { Browser = _config }, CancellationToken.None);
    }

    private async Task<long> RecordAsync(int seed)
    {
        await using var recording = await OpenRecordingAsync(Path.Combine(_folder.FullName, "lab.db"), participants: 4, seed, workers: 2);
        var result = await recording.RecordAsync(null, null, CancellationToken.None);
        Assert.Equal(RunStatus.Completed, result.Status);
        return recording.RunId;
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}
