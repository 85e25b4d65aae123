using System.Collections.Concurrent;
using UsabilityLab.Core.Invitations;
using UsabilityLab.Recording.Moderation;
using UsabilityLab.Recording.Moderation.Remote;
using UsabilityLab.Server.ModeratorConsole;

namespace UsabilityLab.Server.Remote;

/// <summary>
/// The remote participants whose links are open on this lab server now, by invitation id: what the dashboard lists as
/// live, and whose session its console at <c>/live/{id}/</c> shows (leading a moderated one, watching an unmoderated one).
/// </summary>
public sealed class LiveRemoteSessions
{
    private readonly ConcurrentDictionary<long, Entry> _entries = new();

    /// <summary>The console's view of invitation <paramref name="invitationId"/>'s session while it is live; null otherwise.</summary>
    internal ConsoleSubject? ConsoleOf(long invitationId) =>
        _entries.TryGetValue(invitationId, out var entry) ? new ConsoleSubject(entry.Session, Leads: entry.Invitation.Moderated) : null;

    /// <summary>Where each participant of <paramref name="invitationIds"/> whose link is open now is, by invitation id.</summary>
    public async Task<IReadOnlyDictionary<long, LiveRemoteSession>> WhereAsync(IEnumerable<long> invitationIds)
    {
        ArgumentNullException.ThrowIfNull(invitationIds);
        var live = new Dictionary<long, LiveRemoteSession>();
        foreach (var id in invitationIds)
        {
            if (!_entries.TryGetValue(id, out var entry))
            {
                continue;
            }

            try
            {
                live[id] = new LiveRemoteSession(entry.Invitation, Describe(entry, await entry.Session.SnapshotAsync()));
            }
            catch (ObjectDisposedException)
            {
                // Ended and closed while the page was being made.
            }
        }

        return live;
    }

    internal void Add(Invitation invitation, ModeratedSession session, ParticipantSeat seat) => _entries[invitation.Id] = new Entry(invitation, session, seat);

    internal void Remove(long invitationId) => _entries.TryRemove(invitationId, out _);

    private static string Describe(Entry entry, ModerationSnapshot snapshot)
    {
        if (entry.Session.Remote is { Consent: not ConsentState.Given } remote)
        {
            return remote.Consent == ConsentState.Refused ? "declined" : "reading the consent screen";
        }

        var place = snapshot.Task is { } task ? $"task {task.Index} of {task.Count}: {task.Title}" : "between tasks";
        return snapshot.Status switch
        {
            ModerationStatus.Starting => "starting",
            ModerationStatus.BrowserLost => "browser lost",
            ModerationStatus.Ended => "ended",
            _ when !entry.Seat.IsStreaming => $"connection lost ({place})",
            _ when snapshot.Paused => $"{place}, clock paused",
            _ => place,
        };
    }

    private sealed record Entry(Invitation Invitation, ModeratedSession Session, ParticipantSeat Seat);
}
