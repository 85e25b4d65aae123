using UsabilityLab.Recording.Moderation;

namespace UsabilityLab.Application.Moderation;

/// <summary>
/// Starts moderator consoles. The web host provides it (the console is an ASP.NET Core app, which the use case does
/// not depend on), so the moderate use case stays free of any web framework.
/// </summary>
public interface IModeratorConsoles
{
    /// <summary>Starts a console for <paramref name="session"/> on 127.0.0.1:<paramref name="port"/> (0: a free port).</summary>
    /// <exception cref="IOException">The port is taken.</exception>
    Task<IModeratorConsole> StartAsync(ModeratedSession session, int port, CancellationToken cancellationToken);
}
