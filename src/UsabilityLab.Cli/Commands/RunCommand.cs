using System.CommandLine;
using UsabilityLab.Application.Analysis;
using UsabilityLab.Application.Runs;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Runs;

namespace UsabilityLab.Cli.Commands;

/// <summary><c>lab run FILE</c>: record a scripted study into the database and print the run id and a summary.</summary>
internal static class RunCommand
{
    internal sealed record Settings(string File, int? Participants, int? Seed, string Persona, int? Workers, string? Db, bool Headed, string Out, long? Resume)
    {
        /// <summary>Browser servers to record in, instead of Chromium launched here.</summary>
        public IReadOnlyList<string> BrowserEndpoints { get; init; } = [];

        /// <summary>The most participants on one browser server at once.</summary>
        public int? PerEndpoint { get; init; }

        /// <summary>K/N: the slice of the participants this process records (--shard).</summary>
        public string? Shard { get; init; }

        /// <summary>The key all shards of one run are given (--run-key).</summary>
        public string? RunKey { get; init; }
    }

    public static Command Create(CliIo io)
    {
        var file = new Argument<string>("FILE") { Description = "Study file (YAML)" };
        var participants = new Option<int?>("--participants") { Description = "Number of simulated participants (default: the study's)" };
        var seed = new Option<int?>("--seed") { Description = "Random seed: the same seed gives the same participants and personas (default: the study's); see docs/personas.md on determinism" };
        var persona = new Option<string>("--persona") { Description = "exact: follow the steps (QA benchmark); mixed: draw from the study's personas", DefaultValueFactory = _ => "mixed" };
        persona.AcceptOnlyFromAmong("exact", "mixed");
        var workers = new Option<int?>("--workers") { Description = "Participants run at once: one browser each here (default 1), or spread over the browser servers (default: as many as they take)" };
        var endpoints = new Option<string[]>("--browser-endpoint") { Description = "A browser server's ws:// endpoint (./lab browser-server prints it); repeat for a pool. Nothing is launched here then (default: browser.endpoints in playwright.config.json)", AllowMultipleArgumentsPerToken = false };
        var perEndpoint = new Option<int?>("--per-endpoint") { Description = "The most participants one browser server serves at once (default: browser.perEndpoint in playwright.config.json, 2)" };
        var db = CommonOptions.Database();
        var headed = new Option<bool>("--headed") { Description = "Show the browser windows" };
        var output = new Option<string>("--out") { Description = "Folder for the run's analysis JSON (DB-HASH-run-N.json: named by database and run)", DefaultValueFactory = _ => "out" };
        var resume = new Option<long?>("--resume") { Description = "Continue an interrupted run (its id)" };
        var shard = new Option<string?>("--shard") { Description = "K/N: record only shard K of N of the participants (P01 is shard 1, P02 shard 2, …), e.g. one per CI machine; needs --run-key" };
        var runKey = new Option<string?>("--run-key") { Description = "The key all shards of one run share (e.g. the CI run's id): they record into one run, complete when every shard has finished" };
        var command = new Command("run", "Run a study with simulated participants and record it") { file, participants, seed, persona, workers, endpoints, perEndpoint, db, headed, output, resume, shard, runKey };
        command.SetAction((parse, ct) => RunAsync(
            new Settings(parse.GetValue(file)!, parse.GetValue(participants), parse.GetValue(seed), parse.GetValue(persona)!, parse.GetValue(workers), parse.GetValue(db), parse.GetValue(headed), parse.GetValue(output)!, parse.GetValue(resume))
            {
                BrowserEndpoints = parse.GetValue(endpoints) ?? [],
                PerEndpoint = parse.GetValue(perEndpoint),
                Shard = parse.GetValue(shard),
                RunKey = parse.GetValue(runKey),
            },
            io, ct));
        return command;
    }

    private static async Task<int> RunAsync(Settings settings, CliIo io, CancellationToken cancellationToken)
    {
        Validate(settings);
        if (StudyFiles.LoadValid(settings.File, io) is not { } source)
        {
            return ExitCodes.Usage;
        }

        var options = new ScriptedRunOptions
        {
            PersonaMode = settings.Persona == "exact" ? PersonaMode.Exact : PersonaMode.Mixed,
            Participants = settings.Participants,
            Seed = settings.Seed,
            Workers = settings.Workers,
            Headed = settings.Headed,
            Shard = settings.Shard is { } shard ? Shard.Parse(shard) : null,
        };
        var record = new RecordSettings(source, Path.GetFullPath(settings.File), settings.Db, options)
        {
            Resume = settings.Resume,
            BrowserEndpoints = settings.BrowserEndpoints,
            PerEndpoint = settings.PerEndpoint,
            RunKey = settings.RunKey,
        };
        var recorded = await RunProgressView.RecordAsync(io, record, cancellationToken);
        var (store, runId) = (recorded.Store, recorded.RunId);
        // After Ctrl-C the token is cancelled, but the user still gets the summary of what was kept.
        await RunSummary.PrintAsync(store, runId, io, CancellationToken.None);
        if (recorded.Status == RunStatus.Interrupted)
        {
            var (done, planned) = await new StoredRuns(store).ProgressAsync(runId, CancellationToken.None);
            var again = settings.Shard is null ? $"--resume {runId}" : $"--shard {settings.Shard} --run-key {settings.RunKey}";
            io.Error.WriteLine($"lab: interrupted: {done} of {planned} participants done; what was recorded is saved. Resume with ./lab run {settings.File} {again}");
            return ExitCodes.Interrupted;
        }

        if (recorded.ShardsMissing is { } missing)
        {
            // Gates over one shard's participants would judge a sample the study did not plan: the run is judged whole.
            io.Out.WriteLine($"Shard {settings.Shard} done; run {runId} waits for the other shards ({missing}). Analysis and gates once every shard has finished: ./lab analyze {settings.RunKey} --gates");
            return ExitCodes.Ok;
        }

        var (data, analysis) = await AnalysisLoader.LoadAsync(store, runId.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        if (settings.Shard is not null)
        {
            // The last shard completes the run, but which shard ends last is chance: its exit code says whether its own
            // part was recorded, and the run's gates are judged once, by whoever asks for them (a CI job after the shards).
            io.Out.WriteLine($"Analysis (JSON): {AnalysisJson.WriteFile(settings.Out, store, data, analysis, null)}");
            io.Out.WriteLine($"Shard {settings.Shard} done; run {runId} is complete (every shard has finished). Gates: ./lab analyze {settings.RunKey} --gates");
            return ExitCodes.Ok;
        }

        var gates = GateCheck.Evaluate(analysis, data.Study);
        GateTable.Print(io, gates);
        io.Out.WriteLine($"Analysis (JSON): {AnalysisJson.WriteFile(settings.Out, store, data, analysis, gates)}");
        return gates.Any(g => !g.Passed) ? ExitCodes.Failures : ExitCodes.Ok;
    }

    private static void Validate(Settings settings)
    {
        if (settings.Workers is < 1 or > 32)
        {
            throw new InputException($"--workers {settings.Workers}: use 1–32 (each worker runs its own browser, or its own context on a browser server)");
        }

        if (settings.Participants is < 1 or > 10_000)
        {
            throw new InputException($"--participants {settings.Participants}: use 1–10000");
        }
    }
}
