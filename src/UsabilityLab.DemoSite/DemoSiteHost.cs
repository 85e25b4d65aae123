using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UsabilityLab.DemoSite.Endpoints;
using UsabilityLab.DemoSite.Hosting;
using UsabilityLab.DemoSite.Shopping;

namespace UsabilityLab.DemoSite;

/// <summary>
/// Runs the bundled demo shop ("Summit Outfitters") in-process on 127.0.0.1. The shop carries deliberate,
/// documented usability traps (docs/demo-site.md) so a study can be recorded and analysed fully offline.
/// </summary>
/// <example>
/// <code>
/// await using var site = await DemoSiteHost.StartAsync();
/// Console.WriteLine(site.BaseUrl); // http://127.0.0.1:43817/
/// </code>
/// </example>
public sealed class DemoSiteHost : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);
    private readonly WebApplication _app;
    private int _disposed;

    private DemoSiteHost(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The site's root, with a trailing slash, e.g. <c>http://127.0.0.1:43817/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Starts the site and returns once it accepts connections.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The port or search delay is out of range.</exception>
    /// <exception cref="IOException">The requested port is already in use.</exception>
    public static async Task<DemoSiteHost> StartAsync(DemoSiteOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new DemoSiteOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, 65535, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.SearchDelay, TimeSpan.Zero, nameof(options));

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(DemoSiteHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
            // No file watcher on appsettings: each watcher costs an inotify instance, and test runs start many hosts.
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });

        // The host lives inside CLI and test processes: no console logging, no Ctrl-C handling of its own.
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, QuietHostLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = StopTimeout);
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(SiteAssets.Load());
        builder.Services.AddSingleton<CartStore>();
        builder.Services.AddSingleton<OrderStore>();

        var app = builder.Build();
        AssetEndpoints.Map(app);
        ShopEndpoints.Map(app);
        CartEndpoints.Map(app);
        CheckoutEndpoints.Map(app);
        InfoEndpoints.Map(app);

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new DemoSiteHost(app, ResolveBaseUrl(app));
    }

    /// <summary>
    /// Completes when <paramref name="cancellationToken"/> is cancelled (e.g. Ctrl-C in <c>lab demo-site</c>) or the
    /// host stops. It returns normally on cancellation instead of throwing; dispose the host afterwards.
    /// </summary>
    public async Task WaitForShutdownAsync(CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onCancel = cancellationToken.Register(() => done.TrySetResult());
        using var onStop = _app.Lifetime.ApplicationStopping.Register(() => done.TrySetResult());
        await done.Task;
    }

    /// <summary>Stops accepting requests, lets in-flight ones finish (up to 5 s) and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        using (var timeout = new CancellationTokenSource(StopTimeout))
        {
            try
            {
                await _app.StopAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // Slow clients are cut off; disposing below closes their connections.
            }
        }

        await _app.DisposeAsync();
    }

    private static Uri ResolveBaseUrl(WebApplication app)
    {
        // With port 0 the real port is known only after Kestrel has bound, through the addresses feature.
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("The demo site started but reported no 127.0.0.1 address.");
        return new Uri(address.TrimEnd('/') + "/");
    }
}
