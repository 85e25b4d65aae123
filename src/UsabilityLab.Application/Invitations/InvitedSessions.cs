using UsabilityLab.Browser;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Invitations;
using UsabilityLab.Core.Runs;
using UsabilityLab.Recording.Moderation;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Moderation;
using UsabilityLab.Storage.Runs;

namespace UsabilityLab.Application.Invitations;

/// <summary>
/// The sessions of invited remote participants in this process (the lab server). Each joins its study's moderated run,
/// as <c>lab moderate</c> does (the invitation's run, else the latest of that study version, else a new one); the run
/// is held once for all of its sessions here and let go (completed) when the last one ends.
/// </summary>
public sealed class InvitedSessions : IAsyncDisposable
{
    private readonly LabStore _store;
    private readonly BrowserConfig _browser;
    private readonly TimeProvider _time;
    private readonly StudyInvitations _studies;
    private readonly BrowserPool? _servers;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<long, RunHold> _runs = [];

    /// <summary>
    /// Sessions in <paramref name="store"/> with <paramref name="browser"/> (the configured one when null): each
    /// participant's browser on the browser servers of its <c>browser.endpoints</c> when it names any (a context each,
    /// at most <c>browser.perEndpoint</c> per server), else a Chromium launched on this machine, which must have one.
    /// </summary>
    /// <exception cref="EnvironmentProblemException">No browser to record with.</exception>
    public InvitedSessions(LabStore store, BrowserConfig? browser = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _browser = browser ?? BrowserConfigLoader.Load();
        if (_browser.Browser.Endpoints.Count > 0)
        {
            _servers = BrowserPool.Create(_browser, workers: 1, headless: true);
        }
        else
        {
            new BrowserDiscovery().Find(_browser);
        }

        _time = time ?? TimeProvider.System;
        _studies = new StudyInvitations(store, time);
    }

    /// <summary>
    /// The remote session of an admitted <paramref name="invitation"/>, not started: nothing is stored and no browser
    /// runs until the participant consents. An <see cref="InputException"/> when its study file is gone or invalid.
    /// </summary>
    public async Task<InvitedSession> OpenAsync(Invitation invitation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var source = await _studies.LoadAsync(invitation.StudyName, invitation.StudyPath, ct);
        var study = source.Study ?? throw new InputException($"{invitation.StudyPath} is no longer a valid study: ./lab validate {invitation.StudyPath} says why");
        var hold = await HoldRunAsync(invitation, source, ct);
        try
        {
            var database = _store.Database;
            var journal = await RunJournal.OpenAsync(database, hold.RunId, _time, ct);
            var session = new ModeratedSession(
                new ModeratedSessionOptions { Study = study, Participant = invitation.Participant, Browser = _browser, Browsers = _servers, Headless = true, Remote = true, Time = _time },
                journal,
                new ModerationJournal(database));
            return new InvitedSession(invitation, hold.RunId, session, async () =>
            {
                await session.EndAsync();
                await session.DisposeAsync();
                await journal.DisposeAsync();
                await LetGoAsync(hold);
            });
        }
        catch
        {
            await LetGoAsync(hold);
            throw;
        }
    }

    /// <summary>
    /// Whether the participant of <paramref name="invitation"/> has attempted every task of its study in the run their
    /// session would join: such a participant coming back is thanked, and no run is held for them. False when the study
    /// file is gone or invalid (<see cref="OpenAsync"/> says so).
    /// </summary>
    public async Task<bool> FinishedAsync(Invitation invitation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        try
        {
            var source = await _studies.LoadAsync(invitation.StudyName, invitation.StudyPath, ct);
            return source.Study is { } study
                && await new ModeratedRuns(_store.Database, _time).AttemptedEveryTaskAsync(study, source.Sha256, invitation.RunId, invitation.Participant, ct);
        }
        catch (InputException)
        {
            return false;
        }
    }

    /// <summary>Lets go of every run still held (their sessions are the caller's to end first).</summary>
    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            foreach (var hold in _runs.Values)
            {
                await CloseAsync(hold);
            }

            _runs.Clear();
        }
        finally
        {
            _gate.Release();
        }

        if (_servers is not null)
        {
            await _servers.DisposeAsync(); // the connections; the servers and their browsers go on
        }
    }

    private async Task<RunHold> HoldRunAsync(Invitation invitation, Core.Studies.Loading.StudyLoadResult source, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var held = _runs.Values.FirstOrDefault(h => invitation.RunId is { } id ? h.RunId == id : h.Sha256 == source.Sha256 && h.Study == source.Study!.Name);
            if (held is null)
            {
                var (runId, _, lease) = await new ModeratedRuns(_store.Database, _time).OpenAsync(source.Study!, source.Text, source.Sha256, invitation.StudyPath, invitation.RunId, ct);
                held = new RunHold(runId, source.Study!.Name, source.Sha256, lease);
                _runs[runId] = held;
            }

            held.Sessions++;
            return held;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task LetGoAsync(RunHold hold)
    {
        await _gate.WaitAsync();
        try
        {
            if (--hold.Sessions == 0 && _runs.Remove(hold.RunId))
            {
                await CloseAsync(hold);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CloseAsync(RunHold hold)
    {
        await new ModeratedRuns(_store.Database, _time).SetStatusAsync(hold.RunId, RunStatus.Completed, CancellationToken.None);
        await hold.Lease.DisposeAsync();
    }

    /// <summary>A moderated run held for the sessions of this process that record into it.</summary>
    private sealed class RunHold(long runId, string study, string sha256, RunLease lease)
    {
        public long RunId { get; } = runId;

        public string Study { get; } = study;

        public string Sha256 { get; } = sha256;

        public RunLease Lease { get; } = lease;

        public int Sessions { get; set; }
    }
}
