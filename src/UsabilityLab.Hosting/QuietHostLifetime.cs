using Microsoft.Extensions.Hosting;

namespace UsabilityLab.Hosting;

/// <summary>
/// Replaces the default console lifetime. Our web apps run inside the CLI and test processes, which own Ctrl-C and
/// SIGTERM themselves; the console lifetime would swallow Ctrl-C to stop just this web host and print "Application
/// started" lines. Stopping is done explicitly (<see cref="LoopbackHost.StopAsync"/>).
/// </summary>
internal sealed class QuietHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
