using UsabilityLab.Browser;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Studies.Loading;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Runner.Hooks;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Storage.Runs;
using UsabilityLab.Storage;

namespace UsabilityLab.Application.Runs;

/// <summary>Records a scripted run of a validated study: browser check, database, run row and its lease, runner, final status.</summary>
/// <remarks>Opened first, so the caller can say which run records (a new one, or one resumed) before participants start.</remarks>
public sealed class StudyRecording : IAsyncDisposable
{
    private readonly BrowserConfig _config;
    private readonly RunLease _lease;
    private readonly TimeProvider _time;

    private StudyRecording(BrowserConfig config, RunLease lease, TimeProvider time) => (_config, _lease, _time) = (config, lease, time);

    /// <summary>The shard this process records of a sharded run; null for a run recorded in one go.</summary>
    public Shard? Shard => Options.Shard;

    /// <summary>Where the run is stored.</summary>
    public required LabStore Store { get; init; }

    public required long RunId { get; init; }

    public required Study Study { get; init; }

    /// <summary>The runner's options in effect: a resumed run's own persona mode, seed and participants.</summary>
    public required ScriptedRunOptions Options { get; init; }

    public bool Resumed { get; private init; }

    /// <summary>Checks the browser, opens the database and creates the run (or takes the interrupted one).</summary>
    public static async Task<StudyRecording> OpenAsync(RecordSettings settings, CancellationToken ct)
    {
        var (source, options, resume) = (settings.Source, settings.Options, settings.Resume);
        var time = settings.Time ?? TimeProvider.System;
        var study = source.Study ?? throw new ArgumentException("the study file has errors; record only a valid study", nameof(settings));
        CheckShardSettings(settings);
        var config = RunBrowsers.Configure(settings.Browser ?? BrowserConfigLoader.Load(), settings.BrowserEndpoints, settings.PerEndpoint, options.Headed);
        options = options with { Workers = options.Workers ?? BrowserPool.DefaultWorkers(config) };
        await RunBrowsers.CheckAsync(config, ct); // exit code 3 before anything is written
        var store = await LabStore.OpenAsync(settings.DatabasePath, ct);
        var database = store.Database;
        // From here on the run exists: Ctrl-C may end the recording, not leave a run that says it records. Taking or
        // creating the run is a few quick writes, so it is not cut short.
        var (runId, lease) = resume is { } resumeId
            ? await ReopenAsync(database, resumeId, source, time, CancellationToken.None)
            : options.Shard is { } shard
                ? await JoinAsync(database, study, source, settings.SourcePath, options, settings.RunKey!, shard, time, CancellationToken.None)
                : await CreateAsync(database, study, source, settings.SourcePath, options, time, CancellationToken.None);
        if (resume is not null)
        {
            options = options with { PersonaMode = lease.Mode, Seed = lease.Seed, Participants = lease.Participants };
        }

        options = options with { RunId = runId }; // ${RUN}: the same id again when the run is resumed
        return new StudyRecording(config, lease.Lease, time) { Store = store, RunId = runId, Study = study, Options = options, Resumed = resume is not null };
    }

    /// <summary>
    /// Runs the participants. Cancelling <paramref name="ct"/> ends the recording as interrupted (what was recorded is
    /// kept, the run can be resumed); a failure marks the run failed and is thrown. A run teardown hook that fails
    /// after every participant finished is told to <paramref name="notices"/>: the run still completed.
    /// </summary>
    public async Task<RecordResult> RecordAsync(IProgress<RunProgress>? progress, INotices? notices, CancellationToken ct)
    {
        var (database, runId, study, options) = (Store.Database, RunId, Study, Options);
        var writer = new RunWriter(database, _time);
        if (RunBrowsers.LoopbackWarning(study, _config) is { } warning)
        {
            notices?.Tell(warning);
        }

        await using var journal = await RunJournal.OpenAsync(database, runId, options.Shard?.Index, _time, CancellationToken.None);
        try
        {
            await new ScriptedRunner(_config, _time, notice => notices?.Tell(notice)).RunAsync(study, journal, options, progress, ct);
            return await FinishAsync(writer, RunStatus.Completed);
        }
        catch (HookFailedException ex) when (ex.AfterRun)
        {
            // Every participant's results are stored and stand; only the site may not be clean for the next run.
            notices?.Tell($"{ex.Message}; the run's results are saved");
            return await FinishAsync(writer, RunStatus.Completed);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await journal.FlushAsync();
            return await FinishAsync(writer, RunStatus.Interrupted);
        }
        catch (EnvironmentProblemException ex) when (ex is not HookFailedException)
        {
            // The browsers went (every browser server, or a Chromium that no longer starts here): what the participants
            // did is stored, and the run goes on from there once they are back.
            await FinishAsync(writer, RunStatus.Failed);
            var again = Shard is { } shard ? $"run the shard again with --shard {shard} and the same --run-key" : $"resume it with --resume {runId}";
            throw new EnvironmentProblemException($"{ex.Message}; run {runId} keeps what was recorded: {again} once the browsers are back", ex);
        }
        catch
        {
            await FinishAsync(writer, RunStatus.Failed);
            throw;
        }
    }

    /// <summary>Ends the run, or this process's shard of it (and says which shards the run still waits for).</summary>
    private async Task<RecordResult> FinishAsync(RunWriter writer, RunStatus status)
    {
        if (Shard is not { } shard)
        {
            await writer.FinishRunAsync(RunId, status, CancellationToken.None);
            return new(Store, RunId, status);
        }

        var missing = await new ShardedRuns(Store.Database, _time).FinishAsync(RunId, shard, status, CancellationToken.None);
        return new(Store, RunId, status) { ShardsMissing = missing };
    }

    private static void CheckShardSettings(RecordSettings settings)
    {
        if (settings.Options.Shard is not null && settings.RunKey is null)
        {
            throw new InputException($"--shard {settings.Options.Shard}: give every shard the same --run-key KEY (e.g. the CI run's id), so that they record one run");
        }

        if (settings.RunKey is not null && settings.Options.Shard is null)
        {
            throw new InputException("--run-key: it names a sharded run; give this process its shard with --shard K/N");
        }

        if (settings.Resume is not null && settings.Options.Shard is not null)
        {
            throw new InputException("--resume with --shard: a shard goes on where it stopped when run again with its --shard and --run-key; leave out --resume");
        }
    }

    /// <summary>Gives up the run's lease, so another process may resume it.</summary>
    public ValueTask DisposeAsync() => _lease.DisposeAsync();

    /// <summary>The lease on the run being recorded and, for a resumed run, the settings it was started with.</summary>
    private sealed record Held(RunLease Lease, PersonaMode Mode, int Seed, int Participants);

    private static async Task<(long, Held)> CreateAsync(LabDatabase database, Study study, StudyLoadResult source, string? sourcePath, ScriptedRunOptions options, TimeProvider time, CancellationToken ct)
    {
        var plan = Plan(study, options, time);
        var (runId, lease) = await new RunWriter(database, time).CreateHeldRunAsync(study, source.Text, source.Sha256, sourcePath, plan, ct);
        return (runId, new Held(lease, options.PersonaMode, plan.Seed, plan.ParticipantsPlanned));
    }

    private static async Task<(long, Held)> JoinAsync(LabDatabase database, Study study, StudyLoadResult source, string? sourcePath, ScriptedRunOptions options, string runKey, Shard shard, TimeProvider time, CancellationToken ct)
    {
        var plan = Plan(study, options, time);
        var (runId, lease) = await new ShardedRuns(database, time).JoinAsync(study, source.Text, source.Sha256, sourcePath, plan, runKey, shard, ct);
        return (runId, new Held(lease, options.PersonaMode, plan.Seed, plan.ParticipantsPlanned));
    }

    private static RunPlan Plan(Study study, ScriptedRunOptions options, TimeProvider time) => new()
    {
        Status = RunStatus.Running,
        Mode = RunMode.Scripted,
        Target = study.Target.ToString(),
        PersonaMode = options.PersonaMode == PersonaMode.Exact ? "exact" : "mixed",
        Seed = options.Seed ?? study.Participants.Seed,
        Workers = options.Workers ?? 1,
        ParticipantsPlanned = options.Participants ?? study.Participants.Count,
        StartedAt = time.GetUtcNow(),
    };

    /// <summary>A resumed run goes on as it was started (persona mode, seed, participants), whatever the command line says now.</summary>
    private static async Task<(long, Held)> ReopenAsync(LabDatabase database, long runId, StudyLoadResult source, TimeProvider time, CancellationToken ct)
    {
        var (run, lease) = await new RunCatalog(database, time).ReopenAsync(runId, source.Sha256, ct);
        var mode = run.PersonaMode == "exact" ? PersonaMode.Exact : PersonaMode.Mixed;
        return (run.Id, new Held(lease, mode, run.Seed, run.ParticipantsPlanned));
    }
}
