namespace UsabilityLab.Browser;

/// <summary>
/// The <c>browser</c> section of <c>playwright.config.json</c>: Playwright browser servers a scripted run connects to
/// instead of launching Chromium here (docs/browser-servers.md).
/// </summary>
public sealed record RemoteBrowserConfig
{
    /// <summary>
    /// The <c>ws://</c> endpoints of browser servers (what <c>./lab browser-server</c> prints); empty launches Chromium on
    /// this machine. <c>--browser-endpoint</c> on the command line replaces this list.
    /// </summary>
    public IReadOnlyList<string> Endpoints { get; init; } = [];

    /// <summary>
    /// The most participants one endpoint serves at once: they share its browser (a context each), so a server gets no
    /// more than its machine can drive; about one per core of that machine.
    /// </summary>
    public int PerEndpoint { get; init; } = 2;

    /// <summary>
    /// Playwright's <c>exposeNetwork</c> rules (e.g. <c>&lt;loopback&gt;</c>): requests of the remote browser to matching
    /// hosts are tunnelled through this machine. Only servers that launch a browser per connection (Playwright's
    /// <c>run-server</c>) apply it; a <c>./lab browser-server</c> (one browser for all) reaches targets from its own machine.
    /// </summary>
    public string ExposeNetwork { get; init; } = "";

    /// <summary>The most participants <see cref="PerEndpoint"/> may allow.</summary>
    public const int MaxPerEndpoint = 64;
}
