using Microsoft.Extensions.Hosting;

namespace UsabilityLab.DemoSite.Hosting;

/// <summary>
/// Replaces the default console lifetime. The demo site runs inside the CLI and test processes, which own
/// Ctrl-C and SIGTERM themselves; the console lifetime would swallow Ctrl-C to stop just this web host and
/// print "Application started" lines. Stopping is done explicitly through <see cref="DemoSiteHost"/>.
/// </summary>
internal sealed class QuietHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
