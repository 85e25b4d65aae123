using System.CommandLine;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Browser;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Cli.Commands;

/// <summary><c>lab run FILE</c>: record a scripted study into the database and print the run id and a summary.</summary>
internal static class RunCommand
{
    internal sealed record Settings(string File, int? Participants, int? Seed, string Persona, int Workers, string? Db, bool Headed, string Out, long? Resume);

    public static Command Create(CliIo io)
    {
        var file = new Argument<string>("FILE") { Description = "Study file (YAML)" };
        var participants = new Option<int?>("--participants") { Description = "Number of simulated participants (default: the study's)" };
        var seed = new Option<int?>("--seed") { Description = "Random seed; the same seed gives the same run (default: the study's)" };
        var persona = new Option<string>("--persona") { Description = "exact: follow the steps (QA benchmark); mixed: draw from the study's personas", DefaultValueFactory = _ => "mixed" };
        persona.AcceptOnlyFromAmong("exact", "mixed");
        var workers = new Option<int>("--workers") { Description = "Participants run in parallel, one browser each", DefaultValueFactory = _ => 1 };
        var db = CommonOptions.Database();
        var headed = new Option<bool>("--headed") { Description = "Show the browser windows" };
        var output = new Option<string>("--out") { Description = "Folder for run outputs", DefaultValueFactory = _ => "out" };
        var resume = new Option<long?>("--resume") { Description = "Continue an interrupted run (its id)" };
        var command = new Command("run", "Run a study with simulated participants and record it") { file, participants, seed, persona, workers, db, headed, output, resume };
        command.SetAction((parse, ct) => RunAsync(
            new Settings(parse.GetValue(file)!, parse.GetValue(participants), parse.GetValue(seed), parse.GetValue(persona)!, parse.GetValue(workers), parse.GetValue(db), parse.GetValue(headed), parse.GetValue(output)!, parse.GetValue(resume)),
            io, ct));
        return command;
    }

    private static async Task<int> RunAsync(Settings settings, CliIo io, CancellationToken cancellationToken)
    {
        Validate(settings);
        var source = StudyFiles.Load(settings.File, io, out var study);
        if (study is null)
        {
            return ExitCodes.Usage;
        }

        var config = BrowserConfigLoader.Load();
        new BrowserDiscovery().Find(config); // fail with exit 3 before anything is written
        var options = new ScriptedRunOptions
        {
            PersonaMode = settings.Persona == "exact" ? PersonaMode.Exact : PersonaMode.Mixed,
            Participants = settings.Participants,
            Seed = settings.Seed,
            Workers = settings.Workers,
            Headed = settings.Headed,
        };
        var database = await LabDatabase.OpenAsync(settings.Db, cancellationToken);
        var runId = settings.Resume is { } resumeId
            ? (await new RunCatalog(database).ReopenAsync(resumeId, source.Sha256, cancellationToken)).Id
            : await CreateRunAsync(database, study, source, settings, options, cancellationToken);
        io.Out.WriteLine($"{(settings.Resume is null ? "Run" : "Resuming run")} {runId}: \"{study.Name}\" against {study.Target} → {database.Path}");

        var outcome = await RecordAsync(database, runId, study, config, options, io, cancellationToken);
        await RunSummary.PrintAsync(database, runId, io, cancellationToken);
        if (outcome == RunStatus.Interrupted)
        {
            io.Error.WriteLine($"lab: run {runId} interrupted; what was recorded is saved. Continue with: ./lab run {settings.File} --resume {runId}");
            return ExitCodes.Interrupted;
        }

        return ExitCodes.Ok;
    }

    private static async Task<RunStatus> RecordAsync(LabDatabase database, long runId, Study study, BrowserConfig config, ScriptedRunOptions options, CliIo io, CancellationToken cancellationToken)
    {
        var writer = new RunWriter(database);
        await using var journal = await RunJournal.OpenAsync(database, runId, cancellationToken);
        try
        {
            await RunProgressView.ShowAsync(io, (progress, ct) => new ScriptedRunner(config).RunAsync(study, journal, options, progress, ct), cancellationToken);
            await writer.FinishRunAsync(runId, RunStatus.Completed, CancellationToken.None);
            return RunStatus.Completed;
        }
        catch (OperationCanceledException)
        {
            await writer.FinishRunAsync(runId, RunStatus.Interrupted, CancellationToken.None);
            return RunStatus.Interrupted;
        }
        catch
        {
            await writer.FinishRunAsync(runId, RunStatus.Failed, CancellationToken.None);
            throw;
        }
    }

    private static Task<long> CreateRunAsync(LabDatabase database, Study study, Core.Studies.Loading.StudyLoadResult source, Settings settings, ScriptedRunOptions options, CancellationToken ct) =>
        new RunWriter(database).CreateRunAsync(study, source.Text, source.Sha256, Path.GetFullPath(settings.File), new RunRow
        {
            Status = RunStatus.Running,
            Mode = RunMode.Scripted,
            Target = study.Target.ToString(),
            PersonaMode = settings.Persona,
            Seed = options.Seed ?? study.Participants.Seed,
            Workers = options.Workers,
            ParticipantsPlanned = options.Participants ?? study.Participants.Count,
            StartedAt = DateTimeOffset.UtcNow,
        }, ct);

    private static void Validate(Settings settings)
    {
        if (settings.Workers is < 1 or > 32)
        {
            throw new InputException($"--workers {settings.Workers}: use 1–32 (each worker runs its own browser)");
        }

        if (settings.Participants is < 1 or > 10_000)
        {
            throw new InputException($"--participants {settings.Participants}: use 1–10000");
        }
    }
}
