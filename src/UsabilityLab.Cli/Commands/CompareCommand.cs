using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;
using UsabilityLab.Application.Analysis;
using UsabilityLab.Core.Analysis;
using UsabilityLab.Storage;

namespace UsabilityLab.Cli.Commands;

/// <summary><c>lab compare RUN_A RUN_B</c>: completion (N−1 test), time (Welch on log times) and SUS, A against B.</summary>
internal static class CompareCommand
{
    internal sealed record Settings(string RunA, string RunB, string? Db, bool Json);

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command Create(CliIo io)
    {
        var a = new Argument<string>("RUN_A") { Description = "Run (or study name) to compare, e.g. after a redesign" };
        var b = new Argument<string>("RUN_B") { Description = "Run to compare against, e.g. before" };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var command = new Command("compare", "Compare two runs task by task with significance tests and intervals") { a, b, db, json };
        command.SetAction((parse, ct) => RunAsync(new Settings(parse.GetValue(a)!, parse.GetValue(b)!, parse.GetValue(db), parse.GetValue(json)), io, ct));
        return command;
    }

    private static async Task<int> RunAsync(Settings settings, CliIo io, CancellationToken ct)
    {
        var database = await LabDatabase.OpenExistingAsync(settings.Db, ct);
        var (dataA, analysisA) = await AnalysisLoader.LoadAsync(database, settings.RunA, ct);
        var (dataB, analysisB) = await AnalysisLoader.LoadAsync(database, settings.RunB, ct);
        var comparison = RunComparer.Compare(analysisA, dataA.Attempts, dataA.Answers, analysisB, dataB.Attempts, dataB.Answers);
        if (comparison.Tasks.Count == 0)
        {
            io.Error.WriteLine($"lab: runs {dataA.Run.Id} and {dataB.Run.Id} have no task in common; compare runs of the same study");
            return ExitCodes.Usage;
        }

        if (settings.Json)
        {
            io.Out.WriteLine(JsonSerializer.Serialize(new { runA = dataA.Run.Id, runB = dataB.Run.Id, comparison.Tasks, comparison.Sus, comparison.SusNote }, JsonOptions));
            return ExitCodes.Ok;
        }

        Print(io, dataA.Run.Id, dataB.Run.Id, comparison);
        return ExitCodes.Ok;
    }

    private static void Print(CliIo io, long runA, long runB, RunComparison comparison)
    {
        var inv = CultureInfo.InvariantCulture;
        var table = new Table().Title($"Run {runA} (A) vs run {runB} (B)").AddColumns("task", "success A", "success B", "A − B (95% CI)", "p (N−1)", "time A/B (95% CI)", "p (Welch, log)");
        foreach (var t in comparison.Tasks)
        {
            var c = t.Completion;
            table.AddRow(
                Markup.Escape(t.Id),
                c is null ? "–" : string.Create(inv, $"{c.A.Successes}/{c.A.N}"),
                c is null ? "–" : string.Create(inv, $"{c.B.Successes}/{c.B.N}"),
                c is null ? "–" : Markup.Escape(string.Create(inv, $"{c.Difference * 100:+0;-0;0} pts [{c.Ci.Low * 100:0}, {c.Ci.High * 100:0}]")),
                c is null ? "–" : c.P.ToString("0.000", inv),
                t.Time is { } r ? Markup.Escape(string.Create(inv, $"{r.Ratio:0.00} [{r.RatioCi.Low:0.00}, {r.RatioCi.High:0.00}]")) : Markup.Escape(t.TimeNote ?? "–"),
                t.Time is { } time ? time.P.ToString("0.000", inv) : "–");
        }

        io.Ansi.Write(table);
        io.Ansi.MarkupLine(Markup.Escape(comparison.Sus is { } s
            ? string.Create(inv, $"SUS A {s.MeanA:0.0} vs B {s.MeanB:0.0}: difference {s.Difference:+0.0;-0.0} [{s.Ci.Low:0.0}, {s.Ci.High:0.0}], p = {s.P:0.000} (Welch)")
            : $"SUS: {comparison.SusNote}"));
    }
}
