using Microsoft.Playwright;
using UsabilityLab.Browser.Servers;
using UsabilityLab.Core.Errors;
using StudyViewport = UsabilityLab.Core.Studies.ViewportSize;

namespace UsabilityLab.Browser;

/// <summary>
/// A launched (or connected) Chromium plus the lab's configuration. Playwright gives every launch a fresh,
/// temporary user-data dir, so no profile state leaks between runs; each participant gets its own context.
/// </summary>
public sealed class LabBrowser : IAsyncDisposable
{
    private LabBrowser(IPlaywright playwright, IBrowser browser, BrowserConfig config, string executable, string name)
    {
        Playwright = playwright;
        Browser = browser;
        Config = config;
        ExecutablePath = executable;
        Name = name;
    }

    /// <summary>The Playwright driver connection.</summary>
    public IPlaywright Playwright { get; }

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; }

    /// <summary>The configuration it was launched with.</summary>
    public BrowserConfig Config { get; }

    /// <summary>The executable launched, or the remote endpoint connected to.</summary>
    public string ExecutablePath { get; }

    /// <summary>Which browser this is, for reasons people read: <c>Chromium</c>, or <c>browser server HOST:PORT</c>.</summary>
    public string Name { get; }

    /// <summary>Launches Chromium as configured; <paramref name="headless"/> and <paramref name="extraArgs"/> override the file.</summary>
    public static async Task<LabBrowser> LaunchAsync(BrowserConfig config, bool? headless = null, IEnumerable<string>? extraArgs = null)
    {
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        try
        {
            if (!string.IsNullOrWhiteSpace(config.RemoteEndpoint))
            {
                var remote = await playwright.Chromium.ConnectOverCDPAsync(config.RemoteEndpoint);
                return new LabBrowser(playwright, remote, config, config.RemoteEndpoint, "Chromium (remoteEndpoint)");
            }

            var isHeadless = headless ?? config.Headless;
            var executable = new BrowserDiscovery().Find(config, isHeadless);
            var args = ChromiumFlags.For(config, ChromiumFlags.IsRoot(), isHeadless).Concat(extraArgs ?? []).ToList();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = isHeadless,
                Args = args,
                SlowMo = config.SlowMoMs,
                Timeout = config.NavigationTimeoutMs,
                // Ctrl-C reaches every process of the terminal's group, Playwright's driver among them; by default it
                // then closes the browser at once, under the participants still running. The lab handles the signal
                // itself (it ends the open attempts and marks the run interrupted) and closes the browser afterwards.
                HandleSIGINT = false,
                HandleSIGTERM = false,
                HandleSIGHUP = false,
            });
            return new LabBrowser(playwright, browser, config, executable, "Chromium");
        }
        catch (PlaywrightException ex)
        {
            playwright.Dispose();
            throw new EnvironmentProblemException($"Chromium failed to start: {FirstLine(ex.Message)}", ex);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Connects to a Playwright browser server with Playwright's own protocol (not CDP: the server's browser is shared,
    /// and each connection's contexts are its own and closed when it disconnects). Nothing is looked up on this machine
    /// but Playwright's driver, which every Playwright client runs.
    /// </summary>
    /// <exception cref="EnvironmentProblemException">The server did not accept the connection.</exception>
    public static async Task<LabBrowser> ConnectAsync(BrowserConfig config, BrowserEndpoint endpoint)
    {
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.ConnectAsync(endpoint.Address, new BrowserTypeConnectOptions
            {
                ExposeNetwork = string.IsNullOrWhiteSpace(config.Browser.ExposeNetwork) ? null : config.Browser.ExposeNetwork,
                SlowMo = config.SlowMoMs,
                Timeout = config.NavigationTimeoutMs,
            });
            return new LabBrowser(playwright, browser, config, endpoint.Name, $"browser server {endpoint.Name}");
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            playwright.Dispose();
            throw new EnvironmentProblemException($"browser server {endpoint.Name} refused the connection: {FirstLine(ex.Message)}", ex);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A browser for work beside the participants (a run's hooks): the first browser server of <c>browser.endpoints</c>
    /// that accepts a connection, or, with none named, Chromium launched here.
    /// </summary>
    public static async Task<LabBrowser> OpenAsync(BrowserConfig config, bool? headless = null)
    {
        if (config.Browser.Endpoints.Count == 0)
        {
            return await LaunchAsync(config, headless);
        }

        var refused = new List<string>();
        foreach (var endpoint in config.Browser.Endpoints.Select(e => BrowserEndpoint.Parse(e, "browser.endpoints")))
        {
            try
            {
                return await ConnectAsync(config, endpoint);
            }
            catch (EnvironmentProblemException ex)
            {
                refused.Add(ex.Message);
            }
        }

        throw new EnvironmentProblemException($"no browser server accepted a connection: {string.Join("; ", refused)}");
    }

    /// <summary>
    /// A new isolated context (own cookies and storage) with the configured locale, time zone and timeouts, at
    /// <paramref name="viewport"/> unless <paramref name="options"/> bring their own (a device's).
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(StudyViewport? viewport = null, BrowserNewContextOptions? options = null)
    {
        var size = viewport ?? Config.Viewport;
        options ??= new BrowserNewContextOptions();
        options.ViewportSize ??= new Microsoft.Playwright.ViewportSize { Width = size.Width, Height = size.Height };
        options.Locale ??= Config.Locale;
        options.TimezoneId ??= Config.TimezoneId;
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(Config.ActionTimeoutMs);
        context.SetDefaultNavigationTimeout(Config.NavigationTimeoutMs);
        return context;
    }

    /// <summary>
    /// A copy of Playwright's descriptor of <paramref name="device"/> (viewport, user agent, scale factor, mobile, touch),
    /// to pass to <see cref="NewContextAsync"/>; a copy, as the context options are changed there.
    /// </summary>
    /// <exception cref="InputException">Playwright has no such device (the study was checked against an older list).</exception>
    public BrowserNewContextOptions Device(string device) =>
        Playwright.Devices.TryGetValue(device, out var descriptor)
            ? new BrowserNewContextOptions(descriptor)
            : throw new InputException($"Playwright {typeof(IPlaywright).Assembly.GetName().Version} has no device '{device}'; pick one of its device names");

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await Browser.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // Already gone (crashed or disconnected): nothing left to close.
        }

        Playwright.Dispose();
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
