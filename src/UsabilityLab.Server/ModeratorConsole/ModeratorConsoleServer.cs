using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using UsabilityLab.Application.Moderation;
using UsabilityLab.Hosting;
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
    /// <summary>How long a stop waits for open requests; the live streams are cut after it.</summary>
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(3);

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
        // Loopback only: the console shows a participant's screen and must not be reachable from the network.
        var builder = LoopbackHost.CreateBuilder(typeof(ModeratorConsoleServer), port, StopTimeout);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = ConsoleEndpoints.MaxBodyBytes); // the audio upload raises its own
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
        var subject = new ConsoleSubject(session);
        ConsoleEndpoints.Map(app, _ => subject, token.Value, app.Lifetime.ApplicationStopping);
        var root = await LoopbackHost.StartAsync(app, cancellationToken);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        return new ModeratorConsoleServer(app, root, token.Value, addresses);
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
    public async ValueTask DisposeAsync() => await LoopbackHost.StopAsync(_app, StopTimeout);
}
