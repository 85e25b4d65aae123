using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Runs;
using UsabilityLab.Recording.Moderation;
using UsabilityLab.Storage.Moderation;
using UsabilityLab.Storage.Runs;
using UsabilityLab.Storage;

namespace UsabilityLab.Application.Moderation;

/// <summary>
/// The moderate use case: opens the participant's browser on the study's target with the task panel and the moderator
/// console on 127.0.0.1, records until the moderator ends the session (or the caller cancels, which keeps what was
/// recorded), then stores how the run ended. For a remote participant (<see cref="ModerateSettings.Remote"/>) it
/// starts the participant page instead of opening a browser: the session starts when the participant consents there.
/// </summary>
public sealed class ModeratedRecording : IAsyncDisposable
{
    private readonly ModeratedRuns _runs;
    private readonly RunLease _lease;
    private RunJournal? _journal;
    private ModeratedSession? _session;
    private IModeratorConsole? _console;
    private IParticipantPage? _participantPage;

    private ModeratedRecording(LabStore store, ModeratedRuns runs, long runId, bool created, RunLease lease, bool headless)
    {
        Store = store;
        _runs = runs;
        RunId = runId;
        Created = created;
        _lease = lease;
        Headless = headless;
    }

    /// <summary>Where the run is stored.</summary>
    public LabStore Store { get; }

    /// <summary>The moderated run the session belongs to.</summary>
    public long RunId { get; }

    /// <summary>True when this session started a new run.</summary>
    public bool Created { get; }

    /// <summary>True when the participant's browser has no window (asked for, or no display).</summary>
    public bool Headless { get; }

    /// <summary>The moderator console's address, with its access token.</summary>
    public Uri ConsoleUrl => _console?.Url ?? throw new InvalidOperationException("the moderator console is not running");

    /// <summary>The remote participant's link, or null when the participant sits at this machine.</summary>
    public Uri? ParticipantUrl => _participantPage?.Url;

    /// <summary>Checks the browser, opens the database and the run, starts the session and a moderator console from <paramref name="consoles"/>.</summary>
    /// <exception cref="ArgumentException">A remote session without <paramref name="participantPages"/>.</exception>
    public static async Task<ModeratedRecording> StartAsync(ModerateSettings settings, IModeratorConsoles consoles, CancellationToken cancellationToken, IParticipantPages? participantPages = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Remote && participantPages is null)
        {
            throw new ArgumentException("a remote session needs participant pages", nameof(participantPages));
        }

        var study = settings.Source.Study ?? throw new ArgumentException("the study file has errors; moderate only a valid study", nameof(settings));
        var (config, store) = await RecordingPreflight.OpenAsync(settings.Browser, settings.DatabasePath, cancellationToken);
        var database = store.Database;
        var runs = new ModeratedRuns(database);
        var (runId, created, lease) = await runs.OpenAsync(study, settings.Source.Text, settings.Source.Sha256, settings.SourcePath, settings.Run, cancellationToken);
        var recording = new ModeratedRecording(store, runs, runId, created, lease, settings.Headless || settings.Remote || !HasDisplay());
        try
        {
            recording._journal = await RunJournal.OpenAsync(database, runId, cancellationToken: cancellationToken);
            recording._session = new ModeratedSession(
                new ModeratedSessionOptions { Study = study, Participant = settings.Participant, Browser = config, Headless = recording.Headless, Remote = settings.Remote },
                recording._journal,
                new ModerationJournal(database));
            try
            {
                if (settings.Remote)
                {
                    // Nothing starts (no participant row, no browser) until the participant consents on their page.
                    recording._participantPage = await StartParticipantPageAsync(participantPages!, recording._session, settings.ParticipantPort, cancellationToken);
                }
                else
                {
                    await recording._session.StartAsync(cancellationToken);
                }

                recording._console = await StartConsoleAsync(consoles, recording._session, settings.ConsolePort, cancellationToken);
            }
            catch
            {
                await runs.SetStatusAsync(runId, RunStatus.Completed, CancellationToken.None);
                throw;
            }

            return recording;
        }
        catch
        {
            await recording.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Waits until the moderator ends the session; cancelling <paramref name="cancellationToken"/> ends it as
    /// interrupted, keeping what was recorded. The console closes and the run's status is stored either way.
    /// </summary>
    public async Task<ModerationResult> WaitAsync(CancellationToken cancellationToken)
    {
        var session = _session ?? throw new InvalidOperationException("the session has not started");
        var interrupted = false;
        try
        {
            try
            {
                await session.Ended.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                interrupted = true;
                await session.EndAsync(interrupted: true);
            }
            finally
            {
                await DisposeConsoleAsync();
            }
        }
        finally
        {
            await _runs.SetStatusAsync(RunId, interrupted ? RunStatus.Interrupted : RunStatus.Completed, CancellationToken.None);
        }

        return new ModerationResult(interrupted, await session.SnapshotAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await DisposeConsoleAsync();
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }

        if (_journal is not null)
        {
            await _journal.DisposeAsync();
        }

        await _lease.DisposeAsync();
    }

    private async Task DisposeConsoleAsync()
    {
        if (_console is not null)
        {
            await _console.DisposeAsync();
            _console = null;
        }

        if (_participantPage is not null)
        {
            await _participantPage.DisposeAsync();
            _participantPage = null;
        }
    }

    private static async Task<IParticipantPage> StartParticipantPageAsync(IParticipantPages pages, ModeratedSession session, int port, CancellationToken cancellationToken)
    {
        try
        {
            return await pages.StartAsync(session, port, cancellationToken);
        }
        catch (IOException ex)
        {
            throw new EnvironmentProblemException($"--participant-port {port}: cannot listen on 127.0.0.1:{port} ({ex.Message}); pick another port, or 0 for a free one", ex);
        }
    }

    private static async Task<IModeratorConsole> StartConsoleAsync(IModeratorConsoles consoles, ModeratedSession session, int port, CancellationToken cancellationToken)
    {
        try
        {
            return await consoles.StartAsync(session, port, cancellationToken);
        }
        catch (IOException ex)
        {
            throw new EnvironmentProblemException($"--console-port {port}: cannot listen on 127.0.0.1:{port} ({ex.Message}); pick another port, or 0 for a free one", ex);
        }
    }

    /// <summary>A window can open: not Linux, or Linux with an X11 or Wayland display.</summary>
    private static bool HasDisplay() =>
        !OperatingSystem.IsLinux()
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY"));
}
