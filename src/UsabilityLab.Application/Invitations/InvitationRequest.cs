using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Invitations;
using UsabilityLab.Core.Studies.Loading;

namespace UsabilityLab.Application.Invitations;

/// <summary>What <see cref="ParticipantInvitations.CreateAsync"/> makes: links to a valid study file for a number of participants.</summary>
/// <param name="Source">The loaded study file; it must be valid.</param>
/// <param name="StudyPath">The study file's path (made full), which identifies the study among invitations.</param>
/// <param name="Participants">How many links: one per participant, 1 to <see cref="ParticipantInvitations.MaxParticipants"/>.</param>
/// <param name="Moderated">Whether a moderator leads the sessions.</param>
/// <param name="Lifetime">How long the links stay valid; at most <see cref="Core.Invitations.InvitationLifetimes.Longest"/>.</param>
public sealed record InvitationRequest(StudyLoadResult Source, string StudyPath, int Participants, bool Moderated, TimeSpan Lifetime)
{
    /// <summary>The run the sessions join; null leaves it to the participant page.</summary>
    public long? Run { get; init; }

    /// <summary>
    /// Throws an <see cref="InputException"/> for an invalid study, a count or a lifetime out of range; a command calls
    /// it before it opens the store, so bad input leaves nothing behind.
    /// </summary>
    public void Check()
    {
        if (Source is not { IsValid: true })
        {
            throw new InputException($"{StudyPath}: not a valid study; ./lab validate {StudyPath} lists its problems");
        }

        if (Participants is < 1 or > ParticipantInvitations.MaxParticipants)
        {
            throw new InputException($"--participants {Participants}: invite 1 to {ParticipantInvitations.MaxParticipants} participants at a time");
        }

        if (Lifetime <= TimeSpan.Zero || Lifetime > InvitationLifetimes.Longest)
        {
            throw new InputException($"--expires {Lifetime}: use {InvitationLifetimes.Rule}");
        }
    }
}
