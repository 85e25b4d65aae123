using UsabilityLab.Benchmarks.Support;
using UsabilityLab.Browser;
using UsabilityLab.DemoSite;

namespace UsabilityLab.Benchmarks.Harness;

/// <summary>
/// What benchmarks share within one run: the mode (quick or full), the repository root, the browser settings, a temp
/// folder that is deleted at the end, and lazily started resources (the demo shop, the npm packages).
/// </summary>
internal sealed class BenchContext : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TextWriter _log;
    private DemoSiteHost? _site;
    private LabBrowser? _browser;

    public BenchContext(bool quick, string repoRoot, TextWriter log)
    {
        Quick = quick;
        RepoRoot = repoRoot;
        _log = log;
        Browser = BrowserConfigLoader.Load(Path.Combine(repoRoot, BrowserConfigLoader.FileName));
        Temp = TempFolder.Create("usabilitylab-bench");
        Npm = new NpmPackages(Path.Combine(repoRoot, "tests", "UsabilityLab.Benchmarks", ".npm"), log);
    }

    /// <summary>Quick mode: fewer repetitions and smaller inputs, all benchmarks under a minute together.</summary>
    public bool Quick { get; }

    public string RepoRoot { get; }

    public BrowserConfig Browser { get; }

    public TempFolder Temp { get; }

    public NpmPackages Npm { get; }

    /// <summary>Picks the quick or the full value.</summary>
    public T Pick<T>(T quick, T full) => Quick ? quick : full;

    public void Log(string message) => _log.WriteLine($"  · {message}");

    /// <summary>The demo shop, started once per run; <c>DEMO_SITE_URL</c> points at it so the demo study resolves.</summary>
    public async Task<Uri> DemoSiteAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_site is null)
            {
                _site = await DemoSiteHost.StartAsync(new DemoSiteOptions());
                Environment.SetEnvironmentVariable("DEMO_SITE_URL", _site.BaseUrl.ToString());
            }

            return _site.BaseUrl;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>One headless Chromium shared by the in-page benchmarks (each uses its own contexts); the lab's runner launches its own.</summary>
    public async Task<LabBrowser> BrowserAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_browser is null || !_browser.Browser.IsConnected)
            {
                _browser = await LabBrowser.LaunchAsync(Browser, headless: true);
            }

            return _browser;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Closes the shared browser, so an idle Chromium does not count in another benchmark's processes or memory.</summary>
    public async Task CloseBrowserAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_browser is not null)
            {
                await _browser.DisposeAsync();
                _browser = null;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseBrowserAsync();

        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        Temp.Dispose();
        _gate.Dispose();
    }
}
