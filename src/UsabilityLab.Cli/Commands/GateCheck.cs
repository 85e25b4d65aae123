using Spectre.Console;
using UsabilityLab.Core.Analysis;

namespace UsabilityLab.Cli.Commands;

/// <summary>Evaluates a study's gates, prints a clear list, optionally writes JUnit XML; failures mean exit code 1.</summary>
internal static class GateCheck
{
    public static IReadOnlyList<GateResult> Evaluate(RunAnalysis analysis, Core.Studies.Study? study) =>
        study is null || study.Gates.Count == 0 ? [] : GateEvaluator.Evaluate(study.Gates, analysis);

    public static void Print(CliIo io, IReadOnlyList<GateResult> results)
    {
        if (results.Count == 0)
        {
            return;
        }

        var failed = results.Count(r => !r.Passed);
        io.Ansi.MarkupLine(failed == 0 ? $"[green]All {results.Count} gates passed[/]" : $"[red]{failed} of {results.Count} gates failed:[/]");
        foreach (var condition in results.SelectMany(r => r.Conditions))
        {
            var mark = condition.Passed ? "[green]pass[/]" : "[red]FAIL[/]";
            io.Ansi.MarkupLine($"  {mark} {Markup.Escape(condition.Task)}: {Markup.Escape(condition.ToString())}");
        }
    }

    public static void WriteJUnit(string path, string suite, IReadOnlyList<GateResult> results)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        // Write to a temporary file first so a failure never leaves half an XML file for CI to choke on.
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp))
        {
            JUnitReport.Write(writer, suite, results);
        }

        File.Move(temp, path, overwrite: true);
    }
}
