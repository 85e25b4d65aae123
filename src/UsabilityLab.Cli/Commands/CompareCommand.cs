using System.CommandLine;
using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.Json;
using Spectre.Console;
using UsabilityLab.Application.Analysis;
using UsabilityLab.Application;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Text;

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
        var store = await LabStore.OpenExistingAsync(settings.Db, ct);
        var (dataA, analysisA) = await AnalysisLoader.LoadAsync(store, settings.RunA, ct);
        var (dataB, analysisB) = await AnalysisLoader.LoadAsync(store, settings.RunB, ct);
        var comparison = RunComparer.Compare(analysisA, dataA.Attempts, analysisB, dataB.Attempts);
        if (comparison.Tasks.Count == 0)
        {
            io.Error.WriteLine($"lab: runs {dataA.Run.Id} and {dataB.Run.Id} have no task in common; compare runs of the same study");
            return ExitCodes.Usage;
        }

        var warning = Comparability.Warning(dataA.Run.Mode.ToString(), dataA.Run.PersonaMode, dataB.Run.Mode.ToString(), dataB.Run.PersonaMode);
        if (settings.Json)
        {
            io.Out.WriteLine(JsonSerializer.Serialize(new { runA = dataA.Run.Id, runB = dataB.Run.Id, warning, comparison.Tasks, comparison.Sus, comparison.SusNote }, JsonOptions));
            return ExitCodes.Ok;
        }

        Print(io, dataA.Run.Id, dataB.Run.Id, comparison);
        if (warning is not null)
        {
            // After the table, where the eye lands last; stderr would be lost when the table is piped to a file.
            io.Ansi.MarkupLine($"[yellow]Warning:[/] {Markup.Escape(warning)}");
        }

        return ExitCodes.Ok;
    }

    private static void Print(CliIo io, long runA, long runB, RunComparison comparison)
    {
        var inv = CultureInfo.InvariantCulture;
        var table = new Table().Title($"Run {runA} (A) vs run {runB} (B)").AddColumns("task", "success A", "success B", "A − B (95% CI)", "N−1 test", "time A/B (95% CI)", "Welch test (log)");
        foreach (var t in comparison.Tasks)
        {
            var c = t.Completion;
            table.AddRow(
                Markup.Escape(t.Id),
                c is null ? "–" : string.Create(inv, $"{c.A.Successes}/{c.A.N}"),
                c is null ? "–" : string.Create(inv, $"{c.B.Successes}/{c.B.N}"),
                c is null ? "–" : Markup.Escape($"{Fmt.Signed(c.Difference * 100)} pts [{Fmt.Range(c.Ci.Low * 100, c.Ci.High * 100, "0")}]"),
                c is null ? "–" : Fmt.P(c.P),
                t.Time is { } r ? Markup.Escape($"{Fmt.Num(r.Ratio, "0.00")} [{Fmt.Range(r.RatioCi.Low, r.RatioCi.High, "0.00")}]") : Markup.Escape(t.TimeNote ?? "–"),
                t.Time is { } time ? Markup.Escape(Fmt.P(time.P)) : "–");
        }

        io.Ansi.Write(table);
        io.Ansi.MarkupLine(Markup.Escape(comparison.Sus is { } s
            ? $"SUS A {Fmt.Num(s.MeanA)} vs B {Fmt.Num(s.MeanB)}: difference {Fmt.Signed(s.Difference, "0.0")} [{Fmt.Range(s.Ci.Low, s.Ci.High, "0.0")}], {Fmt.P(s.P)} (Welch)"
            : $"SUS: {comparison.SusNote}"));
    }
}
