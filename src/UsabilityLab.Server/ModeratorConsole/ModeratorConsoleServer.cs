using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UsabilityLab.Application.Moderation;
using UsabilityLab.Recording.Moderation;

namespace UsabilityLab.Server.ModeratorConsole;

/// <summary>
/// The moderator's console: a small web app on 127.0.0.1 only (a random port unless one is given). Every request —
/// page, script, styles, the live stream, every command — must name a loopback host in its <c>Host</c> header (else
/// 400, see <see cref="LoopbackHostFiltering"/>) and carry the session's token (in the query string as <c>?t=</c> or
/// in the <c>X-Lab-Token</c> header; else 403). Commands must also come from the console's own origin (else 403, see
/// <see cref="CrossOriginProtection"/>).
/// </summary>
public sealed class ModeratorConsoleServer : IModeratorConsole
{
    private readonly WebApplication _app;

    private ModeratorConsoleServer(WebApplication app, Uri baseAddress, string token, IReadOnlyList<string> addresses)
    {
        _app = app;
        BaseAddress = baseAddress;
        Token = token;
        ListeningAddresses = addresses;
    }

    /// <summary>The console's root without the token, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The access token every request must carry.</summary>
    public string Token { get; }

    /// <summary>The URL to open: the root with the token.</summary>
    public Uri Url => new(BaseAddress, $"?t={Token}");

    /// <summary>Addresses Kestrel listens on (loopback only).</summary>
    public IReadOnlyList<string> ListeningAddresses { get; }

    /// <summary>Starts the console for <paramref name="session"/>.</summary>
    /// <exception cref="IOException">The port is taken.</exception>
    public static async Task<ModeratorConsoleServer> StartAsync(ModeratedSession session, int port = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ModeratorConsoleServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(3));
        // Loopback only: the console shows a participant's screen and must not be reachable from the network.
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.Limits.MaxRequestBodySize = ConsoleEndpoints.MaxBodyBytes; // the audio upload raises its own
        });
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true); // reasons for ClientErrorReasons
        // The web host's defaults put host filtering first in the pipeline (a startup filter); this says which hosts.
        builder.Services.AddLoopbackHostFiltering();

        var token = new ConsoleToken();
        var app = builder.Build();
        // After the host check: commands from another origin, then the token; past those, every refusal says why.
        app.UseMiddleware<CrossOriginProtection>();
        app.Use((context, next) => Guard(context, next, token));
        app.UseMiddleware<ClientErrorReasons>();
        app.UseMiddleware<Utf8JsonRequests>();
        ConsoleEndpoints.Map(app, session, token.Value);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        var root = addresses.FirstOrDefault(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("The console started but reported no 127.0.0.1 address.");
        return new ModeratorConsoleServer(app, new Uri(root.TrimEnd('/') + "/"), token.Value, addresses);
    }

    private static async Task Guard(HttpContext context, RequestDelegate next, ConsoleToken token)
    {
        var given = context.Request.Headers["X-Lab-Token"].FirstOrDefault() ?? context.Request.Query["t"].FirstOrDefault();
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer"; // the token is in the URL: never send it to another site
        headers["X-Content-Type-Options"] = "nosniff";
        headers["X-Frame-Options"] = "DENY";
        if (!token.Matches(given))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("403: this console needs the token from the URL that './lab moderate' printed.\n");
            return;
        }

        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; connect-src 'self'; style-src 'self'; script-src 'self'; media-src 'self' blob:; frame-ancestors 'none'";
        await next(context);
    }

    /// <summary>Stops the server (open live streams are closed).</summary>
    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        try
        {
            await _app.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Streams that did not close in time are cut by disposal.
        }

        await _app.DisposeAsync();
    }

    /// <summary>The console lives inside the process that moderates: no Ctrl-C handling or console output of its own.</summary>
    private sealed class QuietLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
