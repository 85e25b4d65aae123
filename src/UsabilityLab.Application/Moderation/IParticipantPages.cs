using UsabilityLab.Recording.Moderation;

namespace UsabilityLab.Application.Moderation;

/// <summary>
/// Starts participant pages (the streamed browser, consent and task panel for a remote participant). The web host
/// provides it, as it does the consoles (<see cref="IModeratorConsoles"/>).
/// </summary>
public interface IParticipantPages
{
    /// <summary>Starts the participant page of remote <paramref name="session"/> on 127.0.0.1:<paramref name="port"/> (0: a free port).</summary>
    /// <exception cref="IOException">The port is taken.</exception>
    Task<IParticipantPage> StartAsync(ModeratedSession session, int port, CancellationToken cancellationToken);
}
