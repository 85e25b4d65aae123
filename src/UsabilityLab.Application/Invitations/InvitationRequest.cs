using UsabilityLab.Core.Studies.Loading;

namespace UsabilityLab.Application.Invitations;

/// <summary>What <see cref="Invitations.CreateAsync"/> makes: links to a valid study file for a number of participants.</summary>
/// <param name="Source">The loaded study file; it must be valid.</param>
/// <param name="StudyPath">The study file's path (made full), which identifies the study among invitations.</param>
/// <param name="Participants">How many links: one per participant, 1 to <see cref="Invitations.MaxParticipants"/>.</param>
/// <param name="Moderated">Whether a moderator leads the sessions.</param>
/// <param name="Lifetime">How long the links stay valid; at most <see cref="Core.Invitations.InvitationLifetimes.Longest"/>.</param>
public sealed record InvitationRequest(StudyLoadResult Source, string StudyPath, int Participants, bool Moderated, TimeSpan Lifetime)
{
    /// <summary>The run the sessions join; null leaves it to the participant page.</summary>
    public long? Run { get; init; }
}
