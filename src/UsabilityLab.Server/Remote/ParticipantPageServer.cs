using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using UsabilityLab.Application.Moderation;
using UsabilityLab.Hosting;
using UsabilityLab.Recording.Moderation;
using UsabilityLab.Server.ModeratorConsole;
using UsabilityLab.Application.Invitations;

namespace UsabilityLab.Server.Remote;

/// <summary>
/// The participant page of a remote moderated session: its own small web app, apart from the moderator console (a
/// participant's link opens nothing of the console, and the console's token is never in the participant's browser).
/// Every request must name a loopback host (<see cref="LoopbackHostFiltering"/>), carry an admitted token in its path
/// (<see cref="ParticipantLinkGuard"/>), and, for a POST, come from the page's own origin
/// (<see cref="CrossOriginProtection"/>); the stream's WebSocket checks its <c>Origin</c> too.
/// </summary>
public sealed class ParticipantPageServer : IParticipantPage
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(3);
    private readonly WebApplication _app;

    private ParticipantPageServer(WebApplication app, Uri baseAddress, string? token)
    {
        _app = app;
        BaseAddress = baseAddress;
        Token = token;
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41235/</c> (which itself answers 404).</summary>
    public Uri BaseAddress { get; }

    /// <summary>The session link's token when the server made it (no admission given), else null.</summary>
    public string? Token { get; }

    /// <summary>The participant's link (the session's own token); for other admissions use <see cref="LinkFor"/>.</summary>
    public Uri Url => LinkFor(Token ?? throw new InvalidOperationException("links come from the admission given at start"));

    /// <summary>The participant page's address for <paramref name="token"/>.</summary>
    public Uri LinkFor(string token) => new(BaseAddress, $"p/{Uri.EscapeDataString(token)}/");

    /// <summary>
    /// Starts the participant page of <paramref name="session"/> (a remote session) on 127.0.0.1:<paramref name="port"/>.
    /// Without <paramref name="admission"/> the server makes one link (<see cref="SessionLinkAdmission"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The session is not remote.</exception>
    /// <exception cref="IOException">The port is taken.</exception>
    public static async Task<ParticipantPageServer> StartAsync(
        ModeratedSession session, IParticipantAdmission? admission = null, int port = 0, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        _ = session.Remote ?? throw new ArgumentException("the session has no remote participant (ModeratedSessionOptions.Remote)", nameof(session));
        var link = admission is null ? new SessionLinkAdmission() : null;
        var builder = LoopbackHost.CreateBuilder(typeof(ParticipantPageServer), port, StopTimeout);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = ParticipantEndpoints.MaxBodyBytes);
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddLoopbackHostFiltering();
        var app = builder.Build();
        app.UseMiddleware<CrossOriginProtection>();
        app.UseMiddleware<ParticipantLinkGuard>(admission ?? link!);
        app.UseMiddleware<ClientErrorReasons>();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(15) });
        var seat = new ParticipantSeat(session);
        ParticipantEndpoints.Map(app, _ => seat, time ?? TimeProvider.System, app.Lifetime.ApplicationStopping);
        var root = await LoopbackHost.StartAsync(app, cancellationToken);
        return new ParticipantPageServer(app, root, link?.Token);
    }

    /// <summary>Stops the server (an open stream is closed).</summary>
    public async ValueTask DisposeAsync() => await LoopbackHost.StopAsync(_app, StopTimeout);
}
