using UsabilityLab.Core.Studies;
using UsabilityLab.Core.Studies.Loading;
using UsabilityLab.Recording.Browser;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Cli.Commands;

/// <summary>Records a scripted run of a validated study: browser check, database, run row, runner, final status.</summary>
internal static class StudyRecording
{
    public static async Task<(LabDatabase Database, long RunId, RunStatus Status)> RecordAsync(
        Study study, StudyLoadResult source, string sourcePath, string? dbPath, ScriptedRunOptions options, long? resume, CliIo io, CancellationToken ct)
    {
        var config = BrowserConfigLoader.Load();
        new BrowserDiscovery().Find(config); // fail with exit 3 before anything is written
        var database = await LabDatabase.OpenAsync(dbPath, ct);
        var runId = resume is { } resumeId
            ? (await new RunCatalog(database).ReopenAsync(resumeId, source.Sha256, ct)).Id
            : await new RunWriter(database).CreateRunAsync(study, source.Text, source.Sha256, sourcePath, NewRun(study, options), ct);
        io.Out.WriteLine($"{(resume is null ? "Run" : "Resuming run")} {runId}: \"{study.Name}\" against {study.Target} → {database.Path}");

        var writer = new RunWriter(database);
        await using var journal = await RunJournal.OpenAsync(database, runId, ct);
        try
        {
            await RunProgressView.ShowAsync(io, (progress, token) => new ScriptedRunner(config).RunAsync(study, journal, options, progress, token), ct);
            await writer.FinishRunAsync(runId, RunStatus.Completed, CancellationToken.None);
            return (database, runId, RunStatus.Completed);
        }
        catch (OperationCanceledException)
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

    private static RunRow NewRun(Study study, ScriptedRunOptions options) => new()
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
}
