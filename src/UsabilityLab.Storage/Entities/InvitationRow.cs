using UsabilityLab.Core.Invitations;

namespace UsabilityLab.Storage.Entities;

/// <summary>A remote participant's invitation (<see cref="Invitation"/>); its link's token is never stored, only its hash.</summary>
internal sealed class InvitationRow
{
    public long Id { get; set; }

    /// <summary><see cref="InvitationTokens.Hash"/> of the link's token: unique, and what a redemption looks the invitation up by.</summary>
    public required string TokenHash { get; set; }

    public required string StudyPath { get; set; }
    public required string StudyName { get; set; }
    public long? RunId { get; set; }

    /// <summary>Unique within <see cref="StudyPath"/>, so two researchers inviting at once cannot hand out one label twice.</summary>
    public required string Participant { get; set; }

    public bool Moderated { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// The expiry in Unix milliseconds, not a <see cref="DateTimeOffset"/>: SQLite stores those as text, which EF Core
    /// will not compare in SQL, and a redemption must test the expiry inside its one conditional UPDATE.
    /// </summary>
    public long ExpiresUnixMs { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    /// <summary>
    /// <see cref="InvitationTokens.Hash"/> of the secret of the browser that used the link (its cookie): that browser,
    /// and no other, may come back to a used link, also after the lab server restarted. Null while unused.
    /// </summary>
    public string? BrowserHash { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
