using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using UsabilityLab.Application.Invitations;
using UsabilityLab.Core.Invitations;
using UsabilityLab.Recording.Moderation.Remote;
using UsabilityLab.Server.ModeratorConsole;

namespace UsabilityLab.Server.Remote;

/// <summary>
/// The lab server's side of invitation links (<c>/p/{token}/</c> on <c>lab serve</c>): a link that its invitation
/// admits gets a seat with its own remote session; an unmoderated one is paced by the participant
/// (<see cref="SelfPacedTasks"/>), a moderated one gets a moderator console on this machine, whose address the server
/// prints. At most <see cref="MaxBrowsers"/> sessions run a browser at once; beyond that a participant who consents waits.
/// </summary>
internal sealed class RemoteSessionHost(ParticipantInvitations invitations, Func<InvitedSessions> openSessions, RemoteLimits limits, ILogger logger, Action<string> announce) : IParticipantAdmission, IAsyncDisposable
{
    private readonly Lazy<InvitedSessions> _sessions = new(openSessions);
    private readonly ConcurrentDictionary<string, Seat> _seats = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private int _browsers;

    /// <summary>How many participants' browsers may run at once (each is a Chromium on this host).</summary>
    public int MaxBrowsers => limits.Browsers;

    /// <summary>The seat of the link with <paramref name="token"/>, once it was admitted.</summary>
    public ParticipantSeat? SeatOf(string token) => _seats.TryGetValue(token, out var seat) ? seat.Participant : null;

    /// <inheritdoc />
    public async Task<AdmissionResult> AdmitAsync(string token, CancellationToken cancellationToken)
    {
        // The browser is checked before the link is used up: without one, the participant can come back later.
        var sessions = _sessions.Value;
        var result = await invitations.AdmitAsync(token, cancellationToken);
        if (result is not { Verdict: AdmissionVerdict.Admitted, Invitation: { } invitation })
        {
            return result;
        }

        var invited = await sessions.OpenAsync(invitation, cancellationToken);
        var seat = new Seat(invited) { Participant = new ParticipantSeat(invited.Session) { MayStart = () => TakeBrowser(invited), Dropped = () => _ = EndIfGoneAsync(invited, token) } };
        _seats[token] = seat;
        seat.Driver = Task.Run(() => RunAsync(seat));
        logger.LogInformation("Participant {Participant} of {Study} opened their link (invitation {Id})", invitation.Participant, invitation.StudyName, invitation.Id);
        return result;
    }

    /// <summary>Ends every session (what was recorded is kept) and lets go of their runs.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        foreach (var seat in _seats.Values)
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

    /// <summary>
    /// A participant whose connection dropped has <see cref="RemoteLimits.Grace"/> to come back (their task clock is
    /// paused meanwhile); after that the session ends as interrupted, keeping what was recorded, and frees its browser.
    /// </summary>
    private async Task EndIfGoneAsync(InvitedSession invited, string token)
    {
        var drop = SeatOf(token)?.Drops;
        try
        {
            await Task.Delay(limits.Grace, limits.Time, _stopping.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        // Not back, and not dropped again since (a later drop has its own full grace).
        if (SeatOf(token) is { IsStreaming: false } seat && seat.Drops == drop && !invited.Session.Ended.IsCompleted)
        {
            logger.LogInformation("Participant {Participant} did not come back within {Grace}: their session ends, keeping what was recorded", invited.Invitation.Participant, limits.Grace);
            await invited.Session.EndAsync(interrupted: true);
        }
    }

    /// <summary>Counts <paramref name="invited"/>'s browser in, when there is room (once per session).</summary>
    private bool TakeBrowser(InvitedSession invited)
    {
        var seat = _seats.Values.First(s => ReferenceEquals(s.Invited, invited));
        if (seat.HasBrowser)
        {
            return true;
        }

        while (true)
        {
            var running = Volatile.Read(ref _browsers);
            if (running >= MaxBrowsers)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _browsers, running + 1, running) == running)
            {
                seat.HasBrowser = true;
                return true;
            }
        }
    }

    /// <summary>A seat's life: paced by the participant or a moderator, until the session ends; then its browser is free.</summary>
    private async Task RunAsync(Seat seat)
    {
        var session = seat.Invited.Session;
        try
        {
            if (seat.Invited.Invitation.Moderated)
            {
                seat.Console = await ModeratorConsoleServer.StartAsync(session);
                announce($"Participant {seat.Invited.Invitation.Participant} of “{seat.Invited.Invitation.StudyName}” (moderated) opened their link: moderator console {seat.Console.Url}");
            }
            else
            {
                _ = SelfPacedTasks.RunAsync(session, _stopping.Token);
            }

            await session.Ended.WaitAsync(_stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            return; // the server is stopping: DisposeAsync closes the seat
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            logger.LogError(ex, "The session of {Participant} could not be run", seat.Invited.Invitation.Participant);
        }

        await seat.CloseAsync();
        if (seat.HasBrowser)
        {
            Interlocked.Decrement(ref _browsers);
        }
    }

    private sealed class Seat(InvitedSession invited)
    {
        private int _closed;

        public InvitedSession Invited { get; } = invited;

        public required ParticipantSeat Participant { get; init; }

        public Task? Driver { get; set; }

        public ModeratorConsoleServer? Console { get; set; }

        public bool HasBrowser { get; set; }

        public async Task CloseAsync()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                if (Console is not null)
                {
                    await Console.DisposeAsync();
                }

                await Invited.DisposeAsync();
            }
        }
    }
}
