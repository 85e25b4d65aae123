using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Invitations;
using UsabilityLab.Core.Studies.Loading;
using UsabilityLab.Storage.Runs;

namespace UsabilityLab.Application.Invitations;

/// <summary>
/// A recorded study's invitations, as the dashboard shows and makes them: by the study's name, from the study file its
/// runs were recorded from (the file must still be on this machine and valid; the dashboard never reads a path typed in).
/// </summary>
public sealed class StudyInvitations(LabStore store, TimeProvider? time = null)
{
    /// <summary>The most links the dashboard makes at once (the command line makes up to <see cref="ParticipantInvitations.MaxParticipants"/>).</summary>
    public const int MaxPerRequest = 50;

    private readonly ParticipantInvitations _invitations = new(store, time);
    private readonly StudySources _sources = new(store.Database);

    /// <summary>The study file new invitations to <paramref name="studyName"/> would use: the latest one recorded that still exists; null when none does.</summary>
    public async Task<string?> StudyFileAsync(string studyName, CancellationToken ct) =>
        (await _sources.PathsAsync(studyName, ct)).FirstOrDefault(File.Exists);

    /// <summary>The invitations to <paramref name="studyName"/>, oldest first, with what each link is now.</summary>
    public async Task<IReadOnlyList<InvitationSummary>> ListAsync(string studyName, CancellationToken ct) =>
        [.. (await _invitations.ListAsync(null, ct)).Where(i => i.Invitation.StudyName == studyName)];

    /// <summary>
    /// Makes <paramref name="participants"/> links to <paramref name="studyName"/>; an <see cref="InputException"/> when its
    /// study file is gone or no longer valid, or a count or lifetime is out of range.
    /// </summary>
    public async Task<IReadOnlyList<InvitationLink>> InviteAsync(string studyName, int participants, bool moderated, TimeSpan lifetime, CancellationToken ct)
    {
        if (participants is < 1 or > MaxPerRequest)
        {
            throw new InputException($"invite 1 to {MaxPerRequest} participants at a time here (./lab invite makes up to {ParticipantInvitations.MaxParticipants})");
        }

        var file = await StudyFileAsync(studyName, ct)
            ?? throw new InputException($"the study file of “{studyName}” is not on this machine any more: invite with ./lab invite FILE");
        var source = await LoadAsync(studyName, file, ct);
        if (source.Study?.Name != studyName)
        {
            throw new InputException($"{file} is no longer a valid study named “{studyName}”: ./lab validate {file} says why");
        }

        return await _invitations.CreateAsync(new InvitationRequest(source, file, participants, moderated, lifetime), ct);
    }

    /// <summary>
    /// Loads <paramref name="file"/> as the study's runs were recorded: a <c>${NAME}</c> this server's environment does
    /// not set reads as the origin of the latest run's target (variables name base URLs), so a study recorded with
    /// <c>DEMO_SITE_URL=…</c> is invited to the site it was recorded on.
    /// </summary>
    public async Task<StudyLoadResult> LoadAsync(string studyName, string file, CancellationToken ct)
    {
        var target = await _sources.LatestTargetAsync(studyName, ct);
        var origin = Uri.TryCreate(target, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;
        return StudyLoader.LoadFile(file, name => Environment.GetEnvironmentVariable(name) ?? origin);
    }

    /// <summary>Revokes invitation <paramref name="id"/> when it is one of <paramref name="studyName"/>'s; an <see cref="InputException"/> otherwise.</summary>
    public async Task<InvitationRevocation> RevokeAsync(string studyName, long id, CancellationToken ct)
    {
        if (!(await ListAsync(studyName, ct)).Any(i => i.Invitation.Id == id))
        {
            throw new InputException($"no invitation {id} to “{studyName}”");
        }

        return await _invitations.RevokeAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, ct);
    }
}
