using UsabilityLab.Core.Studies;

namespace UsabilityLab.Browser;

/// <summary>The lab's browser settings, read from <c>playwright.config.json</c> at the repository root.</summary>
public sealed record BrowserConfig
{
    /// <summary>Chromium executable; empty means discover (see <see cref="BrowserDiscovery"/>).</summary>
    public string ExecutablePath { get; init; } = "";

    /// <summary>Run without a window. Moderated sessions override this to false when a display is present.</summary>
    public bool Headless { get; init; } = true;

    /// <summary>
    /// Headless launches use Chromium's headless shell when it is installed and no executable is named (config or
    /// <c>USABILITYLAB_BROWSER</c>): Debian's <c>chromium-headless-shell</c>, the same engine and version without the
    /// browser's window, tabs and address bar, and what Playwright itself launches for headless Chromium. A demo-study
    /// run with it took about a quarter less CPU. Headed sessions always use the full browser.
    /// </summary>
    public bool HeadlessShell { get; init; } = true;

    /// <summary>Extra Chromium command-line switches, appended after the lab's own.</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>Default viewport for participants when the study does not set one.</summary>
    public ViewportSize Viewport { get; init; } = new(1280, 800);

    /// <summary>Browser locale (Accept-Language, number formats).</summary>
    public string Locale { get; init; } = "en-US";

    /// <summary>IANA time zone for the page's clock.</summary>
    public string TimezoneId { get; init; } = "UTC";

    /// <summary>Default timeout of clicks, fills and expectations.</summary>
    public int ActionTimeoutMs { get; init; } = 10_000;

    /// <summary>Default timeout of navigations.</summary>
    public int NavigationTimeoutMs { get; init; } = 30_000;

    /// <summary>Slows every Playwright operation down (debugging a study by eye).</summary>
    public int SlowMoMs { get; init; }

    /// <summary>
    /// A CDP endpoint of an already running browser, which PDF printing (and a launch through <see cref="LabBrowser.LaunchAsync"/>)
    /// uses instead of starting Chromium; empty launches locally. Scripted runs scale out through <see cref="Browser"/> instead.
    /// </summary>
    public string RemoteEndpoint { get; init; } = "";

    /// <summary>Playwright browser servers that scripted runs connect to (<c>browser.endpoints</c>); none by default.</summary>
    public RemoteBrowserConfig Browser { get; init; } = new();

    /// <summary>The settings used when no config file exists.</summary>
    public static BrowserConfig Default { get; } = new();
}
