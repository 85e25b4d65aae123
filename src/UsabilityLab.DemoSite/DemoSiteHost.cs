using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using UsabilityLab.DemoSite.Endpoints;
using UsabilityLab.DemoSite.Hosting;
using UsabilityLab.DemoSite.Shopping;
using UsabilityLab.Hosting;

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

        var builder = LoopbackHost.CreateBuilder(typeof(DemoSiteHost), options.Port, StopTimeout);
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

        return new DemoSiteHost(app, await LoopbackHost.StartAsync(app, cancellationToken));
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

        await LoopbackHost.StopAsync(_app, StopTimeout);
    }
}
