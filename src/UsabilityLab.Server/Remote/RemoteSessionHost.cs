using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using UsabilityLab.Application.Invitations;
using UsabilityLab.Core.Invitations;
using UsabilityLab.Recording.Moderation.Remote;

namespace UsabilityLab.Server.Remote;

/// <summary>
/// The lab server's side of invitation links (<c>/p/{token}/</c> on <c>lab serve</c>): a link that its invitation
/// admits gets a seat with its own remote session; an unmoderated one is paced by the participant
/// (<see cref="SelfPacedTasks"/>), a moderated one is led from the dashboard's console at <c>/live/{invitation}/</c>
/// (listed in <see cref="LiveRemoteSessions"/>, its address printed by the server). At most <see cref="RemoteLimits.Browsers"/> sessions run a browser at once; beyond that a participant who
/// consents waits. A participant whose page is gone (no stream, no request) for <see cref="RemoteLimits.Grace"/> is
/// taken to have left: their session ends as interrupted, keeping what was recorded, and frees its browser and run.
/// </summary>
internal sealed class RemoteSessionHost(
    ParticipantInvitations invitations, Func<InvitedSessions> openSessions, RemoteLimits limits, LiveRemoteSessions live, Func<Uri?> root, ILogger logger, Action<string> announce)
    : IParticipantAdmission, IAsyncDisposable
{
    // Not kept when it fails (no browser yet): the next link tries again once Chromium is installed.
    private readonly Lazy<InvitedSessions> _sessions = new(openSessions, LazyThreadSafetyMode.PublicationOnly);
    private readonly ConcurrentDictionary<string, Lazy<Task<Seat>>> _seats = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private int _browsers;

    /// <summary>The seat of the link with <paramref name="token"/>, once its participant consented.</summary>
    public ParticipantSeat? SeatOf(string token) =>
        _seats.TryGetValue(token, out var opening) && opening.IsValueCreated && opening.Value.IsCompletedSuccessfully ? opening.Value.Result.Participant : null;

    /// <inheritdoc />
    public async Task<AdmissionResult> CheckAsync(string token, string? browser, CancellationToken cancellationToken)
    {
        var result = await invitations.CheckAsync(token, browser, cancellationToken);
        // The browser that used the link is back, and this server has no seat for it: it restarted since.
        return result is { Verdict: AdmissionVerdict.Admitted, Invitation: { UsedAt: not null } invitation }
            ? await SeatUnlessFinishedAsync(token, invitation, result, cancellationToken)
            : result;
    }

    /// <inheritdoc />
    public async Task<AdmissionResult> RedeemAsync(string token, string browser, CancellationToken cancellationToken)
    {
        // The browser is checked before the link is used up: without one, the participant can come back later.
        _ = _sessions.Value;
        var result = await invitations.RedeemAsync(token, browser, cancellationToken);
        return result is { Verdict: AdmissionVerdict.Admitted, Invitation: { } invitation }
            ? await SeatUnlessFinishedAsync(token, invitation, result, cancellationToken)
            : result;
    }

    /// <summary>
    /// Opens the link's seat, unless its participant has done every task already (they came back after the server
    /// restarted, or an old tab of theirs agreed again): they are thanked then, and no session holds the run open.
    /// </summary>
    private async Task<AdmissionResult> SeatUnlessFinishedAsync(string token, Invitation invitation, AdmissionResult admitted, CancellationToken cancellationToken)
    {
        if (!_seats.ContainsKey(token) && await _sessions.Value.FinishedAsync(invitation, cancellationToken))
        {
            return admitted with { Verdict = AdmissionVerdict.Finished };
        }

        await SeatAsync(token, invitation);
        return admitted;
    }

    /// <summary>The link's seat, opened once however many requests ask at the same moment.</summary>
    private async Task SeatAsync(string token, Invitation invitation)
    {
        var opening = _seats.GetOrAdd(token, _ => new Lazy<Task<Seat>>(() => OpenSeatAsync(invitation)));
        try
        {
            await opening.Value;
        }
        catch
        {
            _seats.TryRemove(new KeyValuePair<string, Lazy<Task<Seat>>>(token, opening)); // the next request tries again
            throw;
        }
    }

    private async Task<Seat> OpenSeatAsync(Invitation invitation)
    {
        // The link is used now: a participant who leaves this very moment must still find their session.
        var invited = await _sessions.Value.OpenAsync(invitation, CancellationToken.None);
        var seat = new Seat(invited, live);
        seat.Participant = new ParticipantSeat(invited.Session) { MayStart = () => TakeBrowser(seat), StartFailed = () => GiveBrowserBack(seat) };
        live.Add(invitation, invited.Session, seat.Participant);
        seat.Participant.Touch(limits.Time.GetUtcNow());
        _ = Task.Run(() => RunAsync(seat));
        logger.LogInformation("Participant {Participant} of {Study} opened their link (invitation {Id})", invitation.Participant, invitation.StudyName, invitation.Id);
        return seat;
    }

    /// <summary>Ends every session as interrupted (what was recorded is kept) and lets go of their runs.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        foreach (var seat in _seats.Values.Where(s => s.IsValueCreated && s.Value.IsCompletedSuccessfully).Select(s => s.Value.Result))
        {
            // Stopped by the lab, not finished by the participant: a running task is offered again next time.
            await seat.Invited.Session.EndAsync(interrupted: true);
            await seat.CloseAsync();
        }

        if (_sessions.IsValueCreated)
        {
            await _sessions.Value.DisposeAsync();
        }

        _stopping.Dispose();
    }

    /// <summary>Counts the seat's browser in when there is room (once per seat).</summary>
    private bool TakeBrowser(Seat seat)
    {
        if (!seat.Participant.TakeBrowserPlace())
        {
            return true; // it has its place already (a second consent from another tab)
        }

        if (Interlocked.Increment(ref _browsers) <= limits.Browsers)
        {
            return true;
        }

        GiveBrowserBack(seat);
        return false;
    }

    private void GiveBrowserBack(Seat seat)
    {
        if (seat.Participant.GiveBrowserPlaceBack())
        {
            Interlocked.Decrement(ref _browsers);
        }
    }

    /// <summary>A seat's life: paced by the participant or a moderator, watched for a participant who left, until the session ends.</summary>
    private async Task RunAsync(Seat seat)
    {
        var session = seat.Invited.Session;
        try
        {
            var invitation = seat.Invited.Invitation;
            if (invitation.Moderated)
            {
                announce($"Participant {invitation.Participant} of “{invitation.StudyName}” (moderated) opened their link: lead the session at {new Uri(root() ?? new Uri("http://127.0.0.1/"), $"live/{invitation.Id}/")}");
            }
            else
            {
                _ = SelfPacedTasks.RunAsync(session, _stopping.Token);
            }

            var look = TimeSpan.FromTicks(Math.Clamp(limits.Grace.Ticks / 4, TimeSpan.FromMilliseconds(250).Ticks, TimeSpan.FromSeconds(30).Ticks));
            while (!session.Ended.IsCompleted)
            {
                await Task.WhenAny(session.Ended, Task.Delay(look, limits.Time, _stopping.Token));
                _stopping.Token.ThrowIfCancellationRequested();
                var participant = seat.Participant;
                if (!session.Ended.IsCompleted && !participant.IsStreaming && !participant.IsStarting && limits.Time.GetUtcNow() - participant.LastSeen > limits.Grace)
                {
                    logger.LogInformation("Participant {Participant} left (nothing from their page for {Grace}): their session ends, keeping what was recorded", seat.Invited.Invitation.Participant, limits.Grace);
                    await session.EndAsync(interrupted: true);
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            return; // the server is stopping: DisposeAsync closes the seat
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            logger.LogError(ex, "The session of {Participant} could not be run", seat.Invited.Invitation.Participant);
            await session.EndAsync(interrupted: true);
        }

        await seat.CloseAsync();
        GiveBrowserBack(seat);
    }

    private sealed class Seat(InvitedSession invited, LiveRemoteSessions live)
    {
        private int _closed;

        public InvitedSession Invited { get; } = invited;

        public ParticipantSeat Participant { get; set; } = null!;

        public async Task CloseAsync()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                live.Remove(Invited.Invitation.Id);
                await Invited.DisposeAsync();
            }
        }
    }
}
