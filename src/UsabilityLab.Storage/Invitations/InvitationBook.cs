using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Invitations;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Invitations;

/// <summary>
/// Remote participants' invitations as stored: added with their tokens' hashes, redeemed once, revoked, listed. Times
/// are the caller's (its <see cref="TimeProvider"/>); what a link means to a participant is the caller's rule.
/// </summary>
/// <param name="database">The database the invitations are in.</param>
public sealed class InvitationBook(LabDatabase database)
{
    /// <summary>Labels are picked again this many times when other writers keep taking them first.</summary>
    private const int LabelAttempts = 5;

    /// <summary>
    /// Adds one invitation per token hash in <paramref name="tokenHashes"/> for the study, labelled after the study's
    /// highest label so far (<see cref="ParticipantLabels.Next"/>), all or none; returns them in label order.
    /// </summary>
    /// <param name="studyPath">Full path of the study file.</param>
    /// <param name="studyName">The study's name.</param>
    /// <param name="runId">The run the sessions join; null to leave it to the participant page.</param>
    /// <param name="moderated">Whether a moderator leads the sessions.</param>
    /// <param name="tokenHashes"><see cref="InvitationTokens.Hash"/> of each new link's token, one per participant.</param>
    /// <param name="createdAt">Now (UTC).</param>
    /// <param name="expiresAt">When the links stop admitting anyone.</param>
    /// <param name="ct">Cancels the work.</param>
    public async Task<IReadOnlyList<Invitation>> AddAsync(
        string studyPath,
        string studyName,
        long? runId,
        bool moderated,
        IReadOnlyList<string> tokenHashes,
        DateTimeOffset createdAt,
        DateTimeOffset expiresAt,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(tokenHashes);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = database.CreateContext();
            var taken = await db.Invitations.Where(i => i.StudyPath == studyPath).Select(i => i.Participant).ToListAsync(ct);
            var labels = ParticipantLabels.Next(taken, tokenHashes.Count);
            var rows = tokenHashes.Select((hash, n) => new InvitationRow
            {
                TokenHash = hash,
                StudyPath = studyPath,
                StudyName = studyName,
                RunId = runId,
                Participant = labels[n],
                Moderated = moderated,
                CreatedAt = createdAt,
                ExpiresUnixMs = expiresAt.ToUnixTimeMilliseconds(),
            }).ToList();
            db.Invitations.AddRange(rows);
            try
            {
                // One SaveChanges is one transaction: every link of the request, or none.
                await db.SaveChangesAsync(ct);
                return [.. rows.Select(ToInvitation)];
            }
            catch (DbUpdateException) when (attempt < LabelAttempts)
            {
                // The unique (study, label) index: another writer took a label between the read and the insert.
            }
        }
    }

    /// <summary>
    /// Uses the invitation whose token hashes to <paramref name="tokenHash"/>, once, for the browser whose secret hashes
    /// to <paramref name="browserHash"/>. The test and the use are one conditional UPDATE (unused, unrevoked, unexpired at
    /// <paramref name="now"/>), so of two redemptions at once exactly one is <see cref="AdmissionVerdict.Admitted"/>; any
    /// other answer leaves the row as it was. The browser that used the link is admitted again (a reload, a lab
    /// server that restarted) until the link is revoked; every other bearer gets <see cref="AdmissionVerdict.Used"/>.
    /// </summary>
    public async Task<(AdmissionVerdict Verdict, Invitation? Invitation)> RedeemAsync(string tokenHash, string browserHash, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(browserHash);
        var nowUnixMs = now.ToUnixTimeMilliseconds();
        await using var db = database.CreateContext();
        var used = await db.Invitations
            .Where(i => i.TokenHash == tokenHash && i.UsedAt == null && i.RevokedAt == null && i.ExpiresUnixMs > nowUnixMs)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.UsedAt, now).SetProperty(i => i.BrowserHash, browserHash), ct);
        var row = await db.Invitations.AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == tokenHash, ct);
        return row is null ? (AdmissionVerdict.Unknown, null) : (used > 0 ? AdmissionVerdict.Admitted : VerdictOf(row, browserHash, now), ToInvitation(row));
    }

    /// <summary>
    /// What <see cref="RedeemAsync"/> would answer the browser whose secret hashes to <paramref name="browserHash"/>
    /// (null: a browser without one), changing nothing: a pending link is <see cref="AdmissionVerdict.Admitted"/> but
    /// stays pending, so a link preview (a chat's or a mail scanner's GET) never uses it up.
    /// </summary>
    public async Task<(AdmissionVerdict Verdict, Invitation? Invitation)> CheckAsync(string tokenHash, string? browserHash, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var row = await db.Invitations.AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == tokenHash, ct);
        return row is null ? (AdmissionVerdict.Unknown, null) : (VerdictOf(row, browserHash, now), ToInvitation(row));
    }

    private static AdmissionVerdict VerdictOf(InvitationRow row, string? browserHash, DateTimeOffset now) => ToInvitation(row).StatusAt(now) switch
    {
        InvitationStatus.Pending => AdmissionVerdict.Admitted,
        InvitationStatus.Revoked => AdmissionVerdict.Revoked,
        InvitationStatus.Used => browserHash is not null && row.BrowserHash == browserHash ? AdmissionVerdict.Admitted : AdmissionVerdict.Used,
        _ => AdmissionVerdict.Expired,
    };

    /// <summary>Revokes invitation <paramref name="id"/> at <paramref name="now"/>; a revoked one keeps its first revocation time. Null when there is none.</summary>
    public async Task<Invitation?> RevokeAsync(long id, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        await db.Invitations.Where(i => i.Id == id && i.RevokedAt == null).ExecuteUpdateAsync(set => set.SetProperty(i => i.RevokedAt, now), ct);
        var row = await db.Invitations.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        return row is null ? null : ToInvitation(row);
    }

    /// <summary>The invitation with id <paramref name="id"/>; null when there is none.</summary>
    public async Task<Invitation?> FindAsync(long id, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var row = await db.Invitations.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        return row is null ? null : ToInvitation(row);
    }

    /// <summary>The invitations labelled <paramref name="participant"/> (in any study, or in <paramref name="studyPath"/> only), by id.</summary>
    public async Task<IReadOnlyList<Invitation>> FindByParticipantAsync(string participant, string? studyPath = null, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.Invitations.AsNoTracking()
            .Where(i => i.Participant == participant && (studyPath == null || i.StudyPath == studyPath))
            .OrderBy(i => i.Id)
            .ToListAsync(ct);
        return [.. rows.Select(ToInvitation)];
    }

    /// <summary>Every invitation, or those of the study file at <paramref name="studyPath"/>, oldest first.</summary>
    public async Task<IReadOnlyList<Invitation>> ListAsync(string? studyPath = null, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.Invitations.AsNoTracking()
            .Where(i => studyPath == null || i.StudyPath == studyPath)
            .OrderBy(i => i.Id)
            .ToListAsync(ct);
        return [.. rows.Select(ToInvitation)];
    }

    private static Invitation ToInvitation(InvitationRow row) =>
        new(row.Id, row.StudyPath, row.StudyName, row.RunId, row.Participant, row.Moderated, row.CreatedAt,
            DateTimeOffset.FromUnixTimeMilliseconds(row.ExpiresUnixMs), row.UsedAt, row.RevokedAt);
}
