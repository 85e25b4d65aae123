using UsabilityLab.Core.Studies;
using UsabilityLab.Core.Studies.Loading;
using UsabilityLab.Recording.Browser;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Runner.Hooks;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Entities;
using UsabilityLab.Storage.Runs;

namespace UsabilityLab.Cli.Commands;

/// <summary>Records a scripted run of a validated study: browser check, database, run row and its lease, runner, final status.</summary>
internal static class StudyRecording
{
    public static async Task<(LabDatabase Database, long RunId, RunStatus Status)> RecordAsync(
        Study study, StudyLoadResult source, string sourcePath, string? dbPath, ScriptedRunOptions options, long? resume, CliIo io, CancellationToken ct)
    {
        var config = BrowserConfigLoader.Load();
        new BrowserDiscovery().Find(config); // fail with exit 3 before anything is written
        var database = await LabDatabase.OpenAsync(dbPath, ct);
        // From here on the run exists: Ctrl-C may end the recording, not leave a run that says it records. Taking or
        // creating the run is a few quick writes, so it is not cut short.
        var (runId, lease) = resume is { } resumeId
            ? await ReopenAsync(database, resumeId, source, io, CancellationToken.None)
            : await CreateAsync(database, study, source, sourcePath, options, CancellationToken.None);
        if (resume is not null)
        {
            options = options with { PersonaMode = lease.Mode, Seed = lease.Seed, Participants = lease.Participants };
        }

        options = options with { RunId = runId }; // ${RUN}: the same id again when the run is resumed

        io.Out.WriteLine($"{(resume is null ? "Run" : "Resuming run")} {runId}: \"{study.Name}\" against {study.Target} → {database.Path}");
        var writer = new RunWriter(database);
        await using var hold = lease.Lease;
        await using var journal = await RunJournal.OpenAsync(database, runId, CancellationToken.None);
        try
        {
            await RunProgressView.ShowAsync(io, (progress, token) => new ScriptedRunner(config).RunAsync(study, journal, options, progress, token), ct);
            await writer.FinishRunAsync(runId, RunStatus.Completed, CancellationToken.None);
            return (database, runId, RunStatus.Completed);
        }
        catch (HookFailedException ex) when (ex.AfterRun)
        {
            // Every participant's results are stored and stand; only the site may not be clean for the next run.
            io.Error.WriteLine($"lab: {ex.Message}; the run's results are saved");
            await writer.FinishRunAsync(runId, RunStatus.Completed, CancellationToken.None);
            return (database, runId, RunStatus.Completed);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await journal.FlushAsync();
            await writer.FinishRunAsync(runId, RunStatus.Interrupted, CancellationToken.None);
            return (database, runId, RunStatus.Interrupted);
        }
        catch
        {
            await writer.FinishRunAsync(runId, RunStatus.Failed, CancellationToken.None);
            throw;
        }
    }

    /// <summary>The lease on the run being recorded and, for a resumed run, the settings it was started with.</summary>
    private sealed record Held(RunLease Lease, PersonaMode Mode, int Seed, int Participants);

    private static async Task<(long, Held)> CreateAsync(LabDatabase database, Study study, StudyLoadResult source, string sourcePath, ScriptedRunOptions options, CancellationToken ct)
    {
        var row = new RunRow
        {
            Status = RunStatus.Running,
            Mode = RunMode.Scripted,
            Target = study.Target.ToString(),
            PersonaMode = options.PersonaMode == PersonaMode.Exact ? "exact" : "mixed",
            Seed = options.Seed ?? study.Participants.Seed,
            Workers = options.Workers,
            ParticipantsPlanned = options.Participants ?? study.Participants.Count,
            StartedAt = DateTimeOffset.UtcNow,
        };
        RunLease.Stamp(row);
        var runId = await new RunWriter(database).CreateRunAsync(study, source.Text, source.Sha256, sourcePath, row, ct);
        return (runId, new Held(RunLease.Hold(database, runId), options.PersonaMode, row.Seed, row.ParticipantsPlanned));
    }

    /// <summary>A resumed run goes on as it was started (persona mode, seed, participants), whatever the command line says now.</summary>
    private static async Task<(long, Held)> ReopenAsync(LabDatabase database, long runId, StudyLoadResult source, CliIo io, CancellationToken ct)
    {
        var (run, lease) = await new RunCatalog(database).ReopenAsync(runId, source.Sha256, ct);
        var mode = run.PersonaMode == "exact" ? PersonaMode.Exact : PersonaMode.Mixed;
        io.Out.WriteLine($"Run {runId} goes on with its own settings: persona {run.PersonaMode}, seed {run.Seed}, {run.ParticipantsPlanned} participants");
        return (run.Id, new Held(lease, mode, run.Seed, run.ParticipantsPlanned));
    }
}
