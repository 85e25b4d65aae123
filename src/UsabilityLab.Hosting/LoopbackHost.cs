using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace UsabilityLab.Hosting;

/// <summary>
/// Starts a web app on 127.0.0.1 inside a process that is not a web server of its own (the CLI, a test): no console
/// logging, no Ctrl-C handling, no configuration file watchers, listening on loopback only.
/// </summary>
public static class LoopbackHost
{
    /// <summary>
    /// A builder for <paramref name="application"/>'s web app on 127.0.0.1:<paramref name="port"/> (0: a free port),
    /// whose stop lets open requests finish for at most <paramref name="stopTimeout"/>.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(Type application, int port, TimeSpan stopTimeout)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        var builder = CreateQuietBuilder(application, stopTimeout);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        return builder;
    }

    /// <summary>
    /// A builder for <paramref name="application"/>'s web app with the quiet defaults above but no address: the caller
    /// says where Kestrel listens (the dashboard may listen beyond loopback, behind sign-in).
    /// </summary>
    public static WebApplicationBuilder CreateQuietBuilder(Type application, TimeSpan stopTimeout)
    {
        ArgumentNullException.ThrowIfNull(application);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = application.Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
            // No file watcher on appsettings: each watcher costs an inotify instance, and test runs start many hosts.
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, QuietHostLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = stopTimeout);
        return builder;
    }

    /// <summary>Starts <paramref name="app"/> and returns its root (e.g. <c>http://127.0.0.1:43817/</c>); a failed start disposes it.</summary>
    /// <exception cref="IOException">The port is taken.</exception>
    public static async Task<Uri> StartAsync(WebApplication app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        // With port 0 the real port is known only after Kestrel has bound, through the addresses feature.
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var root = addresses.FirstOrDefault(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{app.Environment.ApplicationName} started but reported no 127.0.0.1 address.");
        return new Uri(root.TrimEnd('/') + "/");
    }

    /// <summary>Stops accepting requests, lets open ones finish for at most <paramref name="timeout"/> (slower ones are cut off), and releases the port.</summary>
    public static async Task StopAsync(WebApplication app, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(app);
        using (var limit = new CancellationTokenSource(timeout))
        {
            try
            {
                await app.StopAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                // Slow clients and open streams are cut off: disposing below closes their connections.
            }
        }

        await app.DisposeAsync();
    }
}
