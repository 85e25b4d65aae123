using System.Globalization;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Invitations;
using UsabilityLab.Storage.Invitations;

namespace UsabilityLab.Application.Invitations;

/// <summary>
/// Links that let remote participants into a study: made (<c>./lab invite</c>, the dashboard), listed, revoked, and
/// redeemed by the participant page (<see cref="IParticipantAdmission"/>). A link works once, until it expires or is
/// revoked; its token is shown once and only its hash is stored.
/// </summary>
public sealed class ParticipantInvitations : IParticipantAdmission
{
    /// <summary>The most links one request makes: more is a typo, not a study.</summary>
    public const int MaxParticipants = 500;

    private readonly LabStore _store;
    private readonly InvitationBook _book;
    private readonly TimeProvider _time;

    /// <summary>The invitations in <paramref name="store"/>, timed on <paramref name="time"/> (the system clock when null).</summary>
    public ParticipantInvitations(LabStore store, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _book = new InvitationBook(store.Database);
        _time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// Makes one link per participant, labelled after the highest label of the study's invitations so far (P01 … for
    /// a study's first). An <see cref="InputException"/> for an invalid study, a count or a lifetime out of range.
    /// </summary>
    public async Task<IReadOnlyList<InvitationLink>> CreateAsync(InvitationRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Check();
        var study = request.Source.Study!;
        var tokens = Enumerable.Range(0, request.Participants).Select(_ => InvitationTokens.New()).ToList();
        var now = _time.GetUtcNow();
        var invitations = await _book.AddAsync(
            Path.GetFullPath(request.StudyPath), study.Name, request.Run, request.Moderated,
            [.. tokens.Select(InvitationTokens.Hash)], now, now + request.Lifetime, ct);
        return [.. invitations.Select((invitation, n) => new InvitationLink(invitation, tokens[n]))];
    }

    /// <inheritdoc />
    public async Task<AdmissionResult> CheckAsync(string token, string? browser, CancellationToken cancellationToken)
    {
        if (!InvitationTokens.IsWellFormed(token))
        {
            return AdmissionResult.Unknown;
        }

        var (verdict, invitation) = await _book.CheckAsync(InvitationTokens.Hash(token), browser is null ? null : InvitationTokens.Hash(browser), _time.GetUtcNow(), cancellationToken);
        return new AdmissionResult(verdict, invitation);
    }

    /// <inheritdoc />
    public async Task<AdmissionResult> RedeemAsync(string token, string browser, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(browser);
        if (!InvitationTokens.IsWellFormed(token))
        {
            return AdmissionResult.Unknown;
        }

        // The browser's secret is stored as a hash too: a copy of the database lets nobody in as that participant.
        var (verdict, invitation) = await _book.RedeemAsync(InvitationTokens.Hash(token), InvitationTokens.Hash(browser), _time.GetUtcNow(), cancellationToken);
        return new AdmissionResult(verdict, invitation);
    }

    /// <summary>
    /// Revokes an invitation named by its id (digits) or its participant label; a label that several studies use needs
    /// <paramref name="studyPath"/>. Revoking twice keeps the first time. An <see cref="InputException"/> when there is
    /// no such invitation or the label is ambiguous.
    /// </summary>
    public async Task<InvitationRevocation> RevokeAsync(string idOrParticipant, string? studyPath = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrParticipant);
        var fullStudyPath = studyPath is null ? null : Path.GetFullPath(studyPath);
        var target = long.TryParse(idOrParticipant, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await _book.FindAsync(id, ct)
            : await OneByParticipantAsync(idOrParticipant, fullStudyPath, ct);
        if (target is null || (fullStudyPath is not null && target.StudyPath != fullStudyPath))
        {
            throw new InputException($"no invitation {idOrParticipant}{(fullStudyPath is null ? "" : $" for {fullStudyPath}")} in {_store.Location}; ./lab invite list shows them");
        }

        var now = _time.GetUtcNow();
        var before = target.StatusAt(now);
        var revoked = await _book.RevokeAsync(target.Id, now, ct) ?? target;
        return new InvitationRevocation(revoked, before);
    }

    /// <summary>Every invitation, or those of the study file at <paramref name="studyPath"/>, oldest first, each with what its link is now.</summary>
    public async Task<IReadOnlyList<InvitationSummary>> ListAsync(string? studyPath = null, CancellationToken ct = default)
    {
        var invitations = await _book.ListAsync(studyPath is null ? null : Path.GetFullPath(studyPath), ct);
        var now = _time.GetUtcNow();
        return [.. invitations.Select(i => new InvitationSummary(i, i.StatusAt(now)))];
    }

    private async Task<Invitation?> OneByParticipantAsync(string participant, string? studyPath, CancellationToken ct)
    {
        var found = await _book.FindByParticipantAsync(participant, studyPath, ct);
        if (found.Count > 1)
        {
            var studies = string.Join(", ", found.Select(i => i.StudyPath).Distinct(StringComparer.Ordinal));
            throw new InputException($"participant {participant} has invitations to {found.Count} studies ({studies}); name one with --study FILE, or revoke by id (./lab invite list)");
        }

        return found.Count == 1 ? found[0] : null;
    }
}
