using System.CommandLine;
using UsabilityLab.Application.Import;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Import;

namespace UsabilityLab.Cli.Commands;

/// <summary><c>lab import FILE.csv --study NAME [--kind outcomes|sus|nps]</c>: results logged by hand or by another tool.</summary>
internal static class ImportCommand
{
    internal sealed record Settings(string File, string Study, string Kind, string? Db);

    public static Command Create(CliIo io)
    {
        var file = new Argument<string>("FILE.csv") { Description = "CSV with a header row" };
        var study = new Option<string>("--study") { Description = "Study name the results belong to", Required = true };
        var kind = new Option<string>("--kind") { Description = "outcomes: participant,task,outcome,time_s[,clicks,errors,seq,pages,unique_pages,optimal_pages]; sus: participant,q1..q10; nps: participant,score", DefaultValueFactory = _ => "outcomes" };
        kind.AcceptOnlyFromAmong("outcomes", "sus", "nps");
        var db = CommonOptions.Database();
        var command = new Command("import", "Import results from CSV; every bad row is reported as FILE:LINE and nothing is imported") { file, study, kind, db };
        command.SetAction((parse, ct) => RunAsync(new Settings(parse.GetValue(file)!, parse.GetValue(study)!, parse.GetValue(kind)!, parse.GetValue(db)), io, ct));
        return command;
    }

    private static async Task<int> RunAsync(Settings settings, CliIo io, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(settings.Study))
        {
            throw new InputException("--study must name the study the results belong to");
        }

        var kind = Enum.Parse<ImportKind>(settings.Kind, ignoreCase: true);
        var (data, imported) = await ResultsImport.ImportAsync(new ImportSettings(settings.File, settings.Study, kind, settings.Db), ct);
        if (imported is not { } runId)
        {
            foreach (var problem in data.Problems)
            {
                io.Error.WriteLine(problem.ToString());
            }

            io.Error.WriteLine($"{settings.File}: {data.Problems.Count} problem{(data.Problems.Count == 1 ? "" : "s")}; nothing imported");
            return ExitCodes.Usage;
        }

        io.Out.WriteLine(kind == ImportKind.Outcomes
            ? $"Imported {data.Attempts.Count} attempts as run {runId} of \"{settings.Study}\"; analyze with: ./lab analyze {runId}"
            : $"Imported {data.Answers.Count} {settings.Kind.ToUpperInvariant()} answers into run {runId} of \"{settings.Study}\"");
        return ExitCodes.Ok;
    }
}
