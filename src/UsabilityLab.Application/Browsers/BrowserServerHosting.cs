using UsabilityLab.Browser;
using UsabilityLab.Browser.Servers;
using UsabilityLab.Core.Errors;

namespace UsabilityLab.Application.Browsers;

/// <summary>
/// Serves a Playwright browser server (<see cref="BrowserServer"/>) that scripted runs on this or other machines connect
/// to, until it is told to stop.
/// </summary>
public static class BrowserServerHosting
{
    /// <summary>
    /// Starts the server, hands its endpoint and Chromium to <paramref name="ready"/>, and serves until
    /// <paramref name="cancellationToken"/> is cancelled (Ctrl-C, SIGTERM); the server's browser and driver are stopped
    /// then, and the runs connected to it see their browser go.
    /// </summary>
    /// <exception cref="EnvironmentProblemException">The server could not start (no Chromium, port taken), or ended on its own.</exception>
    public static async Task ServeAsync(BrowserServerSettings settings, Action<BrowserServerStarted> ready, CancellationToken cancellationToken)
    {
        var config = settings.Browser ?? BrowserConfigLoader.Load();
        await using var server = await BrowserServer.StartAsync(config, settings.Host, settings.Port, cancellationToken);
        ready(new BrowserServerStarted(server.Endpoint, server.ExecutablePath));
        try
        {
            await server.Exited.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return; // how a server is meant to end
        }

        throw new EnvironmentProblemException($"the browser server stopped on its own (its Chromium ended?): {server.ExitReason}");
    }
}
