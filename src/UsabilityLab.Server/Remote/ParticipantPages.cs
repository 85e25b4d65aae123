using UsabilityLab.Application.Moderation;
using UsabilityLab.Recording.Moderation;

namespace UsabilityLab.Server.Remote;

/// <summary>The moderate use case's participant pages: a <see cref="ParticipantPageServer"/> per remote session, with its own link.</summary>
public sealed class ParticipantPages : IParticipantPages
{
    /// <inheritdoc />
    public async Task<IParticipantPage> StartAsync(ModeratedSession session, int port, CancellationToken cancellationToken) =>
        await ParticipantPageServer.StartAsync(session, port: port, cancellationToken: cancellationToken);
}
