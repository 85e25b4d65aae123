using System.CommandLine;
using UsabilityLab.Application.Analysis;
using UsabilityLab.Application;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Runs;

namespace UsabilityLab.Cli.Commands;

/// <summary><c>lab analyze RUN|STUDY</c>: metrics per task with intervals, SUS/NPS, and optionally the study's gates.</summary>
internal static class AnalyzeCommand
{
    internal sealed record Settings(string Run, string? Db, bool Json, bool Gates, string? JUnit);

    public static Command Create(CliIo io)
    {
        var run = new Argument<string>("RUN|STUDY") { Description = "Run id, or a study name for its latest run" };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var gates = new Option<bool>("--gates") { Description = "Check the study's gates; exit code 1 when any fails" };
        var junit = new Option<string?>("--junit") { Description = "Write the gates as JUnit XML to this file (implies --gates)" };
        var command = new Command("analyze", "Usability metrics per task with 95% intervals, frustration signals, SUS and NPS") { run, db, json, gates, junit };
        command.SetAction((parse, ct) => RunAsync(new Settings(parse.GetValue(run)!, parse.GetValue(db), parse.GetValue(json), parse.GetValue(gates), parse.GetValue(junit)), io, ct));
        return command;
    }

    private static async Task<int> RunAsync(Settings settings, CliIo io, CancellationToken ct)
    {
        var store = await LabStore.OpenExistingAsync(settings.Db, ct);
        var (data, analysis) = await AnalysisLoader.LoadAsync(store, settings.Run, ct);
        var checkGates = settings.Gates || settings.JUnit is not null;
        if (RunStatusText.IsWaitingForShards(data.Run.Status, data.Run.EndReason))
        {
            // A CI job that gates a sharded run must not pass on the shards that happened to finish.
            io.Error.WriteLine($"lab: run {data.Run.Id} is incomplete: {data.Run.EndReason}; the figures cover the participants recorded so far{(checkGates ? ", and gates are not judged" : "")}. Run the missing shards with the run's --run-key");
            if (checkGates)
            {
                return ExitCodes.Failures;
            }
        }

        var gates = checkGates ? GateCheck.Evaluate(analysis, data.Study) : [];
        if (settings.Json)
        {
            io.Out.WriteLine(AnalysisJson.Serialize(data, analysis, checkGates ? gates : null));
        }
        else
        {
            AnalysisTable.Print(io, $"Run {data.Run.Id}: {data.StudyName} ({data.Run.StatusText})", analysis);
            GateTable.Print(io, gates);
        }

        if (settings.JUnit is not null)
        {
            GateCheck.WriteJUnit(settings.JUnit, data.StudyName, gates);
        }

        return gates.Any(g => !g.Passed) ? ExitCodes.Failures : ExitCodes.Ok;
    }
}
