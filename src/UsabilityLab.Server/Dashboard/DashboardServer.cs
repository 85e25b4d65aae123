using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UsabilityLab.Application;
using UsabilityLab.Application.Dashboard;
using UsabilityLab.Application.Invitations;
using UsabilityLab.Hosting;
using UsabilityLab.Server.Accounts;
using UsabilityLab.Server.Dashboard.Components;
using UsabilityLab.Server.ModeratorConsole;
using UsabilityLab.Server.Remote;

namespace UsabilityLab.Server.Dashboard;

/// <summary>
/// The lab's web dashboard: Razor components rendered on the server (static SSR, enhanced navigation by Blazor's
/// script), over one store. On loopback every request must name a loopback host (DNS rebinding); beyond loopback every
/// request needs a signed-in account of <c>./lab users</c> (<see cref="LabSignIn"/>): pages and downloads any role
/// (<see cref="LabPolicies.Observer"/>), anything that changes state <see cref="LabPolicies.Researcher"/>. Everywhere,
/// every state-changing request must come from the dashboard's own origin and carry an antiforgery token.
/// </summary>
public sealed class DashboardServer : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(3);

    private readonly WebApplication _app;
    private readonly RemoteSessionHost _remote;

    private DashboardServer(WebApplication app, Uri root, RemoteSessionHost remote)
    {
        _app = app;
        Root = root;
        _remote = remote;
    }

    /// <summary>The dashboard's address, e.g. <c>http://127.0.0.1:5100/</c>.</summary>
    public Uri Root { get; }

    /// <summary>
    /// Starts the dashboard over <paramref name="store"/>, with the participant pages of its invitation links
    /// (<c>/p/{token}/</c>); <paramref name="announce"/> is told what the person running it must know while it runs
    /// (a moderated participant's console address).
    /// </summary>
    /// <exception cref="IOException">The port is taken.</exception>
    public static async Task<DashboardServer> StartAsync(DashboardOptions options, LabStore store, TimeProvider? time = null, CancellationToken cancellationToken = default, Action<string>? announce = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        var builder = LoopbackHost.CreateQuietBuilder(typeof(DashboardServer), StopTimeout);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var address = options.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback : IPAddress.Parse(options.Host);
            kestrel.Listen(address, options.Port, listen =>
            {
                if (options.Certificate is { } certificate)
                {
                    listen.UseHttps(certificate);
                }
            });
        });
        builder.WebHost.UseStaticWebAssets();
        var signIn = options.RequiresSignIn;
        if (signIn)
        {
            // Reached by the machine's names and addresses and the names given: any other Host is refused (DNS rebinding).
            builder.Services.AddPublicHostFiltering(options);
            if (time is not null)
            {
                builder.Services.AddSingleton(time);
            }

            builder.AddLabSignIn(store, options.OpenId);
        }
        else
        {
            builder.Services.AddLoopbackHostFiltering();
        }

        builder.Services.AddRazorComponents();
        builder.Services.AddAntiforgery();
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(new DashboardQueries(store, time));
        builder.Services.AddSingleton<HeatmapLayers>();
        builder.Services.AddSingleton(new SessionNotes(store, time));
        builder.Services.AddSingleton(new SessionReplays(store));
        builder.Services.AddSingleton(new StudyInvitations(store, time));
        var live = new LiveRemoteSessions();
        Uri? root = null; // known once the server listens: the address printed for a moderated participant's console
        builder.Services.AddSingleton(live);

        if (options.BehindProxy)
        {
            builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
            {
                // The scheme makes the sign-in cookie Secure behind an HTTPS proxy; only a proxy on this machine is believed.
                forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                forwarded.KnownProxies.Clear();
                forwarded.KnownProxies.Add(IPAddress.Loopback);
                forwarded.KnownProxies.Add(IPAddress.IPv6Loopback);
            });
        }

        var app = builder.Build();
        if (options.BehindProxy)
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<CrossOriginProtection>();
        if (signIn)
        {
            app.UseMiddleware<StateChangesNeedResearcher>();
        }

        app.Use(SecurityHeaders);
        var remote = new RemoteSessionHost(
            new ParticipantInvitations(store, time),
            () => new InvitedSessions(store, options.Browser, time),
            new RemoteLimits(options.RemoteBrowsers, options.RemoteGrace, time ?? TimeProvider.System),
            live,
            () => root,
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<RemoteSessionHost>(),
            announce ?? (_ => { }));
        // Invitation links are open to their holders (the token is the key), before any sign-in or status page.
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(15) });
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/p"), participant => participant.UseMiddleware<ParticipantLinkGuard>(remote));
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/live"), LiveConsoles.UseMiddleware);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
        app.MapStaticAssets();
        DashboardAssets.Map(app);
        ParticipantEndpoints.Map(app, remote.SeatOf, time ?? TimeProvider.System, app.Lifetime.ApplicationStopping).AllowAnonymous();
        IEndpointConventionBuilder[] reads = [DashboardEndpoints.Map(app), app.MapRazorComponents<App>(), LiveConsoles.Map(app, live, app.Lifetime.ApplicationStopping)];
        if (signIn)
        {
            app.MapLabSignIn();
            foreach (var read in reads)
            {
                read.RequireAuthorization(LabPolicies.Observer);
            }
        }

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The dashboard started but reported no address.");
        root = new Uri(address.TrimEnd('/') + "/");
        return new DashboardServer(app, root, remote);
    }

    /// <summary>Waits until the dashboard stops (Ctrl-C cancels <paramref name="cancellationToken"/>).</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C: the caller stops the server.
        }
    }

    /// <summary>Stops the dashboard (open live streams are closed, remote participants' sessions end).</summary>
    public async ValueTask DisposeAsync()
    {
        await LoopbackHost.StopAsync(_app, StopTimeout);
        await _remote.DisposeAsync(); // remote sessions end, keeping what they recorded
    }

    private static Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["X-Frame-Options"] = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        // Inline style attributes come from the charts' SVG; scripts only from the dashboard itself.
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
        return next(context);
    }
}
