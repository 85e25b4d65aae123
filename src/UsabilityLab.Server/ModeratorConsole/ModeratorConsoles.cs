using UsabilityLab.Application.Moderation;
using UsabilityLab.Recording.Moderation;

namespace UsabilityLab.Server.ModeratorConsole;

/// <summary>The moderate use case's consoles: a <see cref="ModeratorConsoleServer"/> per session.</summary>
public sealed class ModeratorConsoles : IModeratorConsoles
{
    /// <inheritdoc />
    public async Task<IModeratorConsole> StartAsync(ModeratedSession session, int port, CancellationToken cancellationToken) =>
        await ModeratorConsoleServer.StartAsync(session, port, cancellationToken);
}
