using UsabilityLab.Browser;
using UsabilityLab.Browser.Servers;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Application.Runs;

/// <summary>
/// Which browsers a scripted run records in: the browser servers of the command line over those of
/// <c>playwright.config.json</c>, or, with none, Chromium launched here; checked before anything is written.
/// </summary>
internal static class RunBrowsers
{
    /// <summary>How long a browser server gets to answer the check before the run starts.</summary>
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The config with the command line's endpoints (<paramref name="endpoints"/>, replacing the file's when there are
    /// any) and per-endpoint share in place of the file's.
    /// </summary>
    /// <exception cref="InputException">An endpoint is not a ws:// address, or browser servers were asked to show windows.</exception>
    public static BrowserConfig Configure(BrowserConfig config, IReadOnlyList<string> endpoints, int? perEndpoint, bool headed)
    {
        var given = endpoints.Select(e => BrowserEndpoint.Parse(e, "--browser-endpoint").Address).ToList();
        if (perEndpoint is < 1 or > RemoteBrowserConfig.MaxPerEndpoint)
        {
            throw new InputException($"--per-endpoint {perEndpoint}: use 1–{RemoteBrowserConfig.MaxPerEndpoint} participants per browser server");
        }

        var remote = config.Browser with
        {
            Endpoints = given.Count > 0 ? given : config.Browser.Endpoints,
            PerEndpoint = perEndpoint ?? config.Browser.PerEndpoint,
        };
        if (remote.Endpoints.Count > 0 && headed)
        {
            throw new InputException("--headed shows browser windows on this machine, but the run uses browser servers (headless); leave out --headed, or the endpoints");
        }

        return config with { Browser = remote };
    }

    /// <summary>
    /// Fails with exit code 3 before the run exists when its browsers are not there: every browser server must answer;
    /// without servers, Chromium must be found here (and nothing is looked up here when there are servers).
    /// </summary>
    public static async Task CheckAsync(BrowserConfig config, CancellationToken cancellationToken)
    {
        if (config.Browser.Endpoints.Count == 0)
        {
            new BrowserDiscovery().Find(config);
            return;
        }

        await Task.WhenAll(config.Browser.Endpoints.Select(e => BrowserEndpoint.Parse(e, "browser endpoint").ProbeAsync(ProbeTimeout, cancellationToken)));
    }

    /// <summary>
    /// A warning when the study's target is on this machine's loopback and a browser server is not: that server's
    /// browser looks for the target on its own machine.
    /// </summary>
    public static string? LoopbackWarning(Study study, BrowserConfig config)
    {
        if (!study.Target.IsLoopback || !string.IsNullOrWhiteSpace(config.Browser.ExposeNetwork))
        {
            return null;
        }

        var away = config.Browser.Endpoints.Select(e => BrowserEndpoint.Parse(e, "browser endpoint")).Where(e => !e.IsLoopback).Select(e => e.Name).ToList();
        return away.Count == 0
            ? null
            : $"the study's target {study.Target.Authority} is on this machine's loopback, but browser server {string.Join(", ", away)} is not: its browser looks for the target on its own machine (docs/browser-servers.md: reaching the target)";
    }
}
