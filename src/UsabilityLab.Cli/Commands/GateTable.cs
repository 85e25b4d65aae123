using Spectre.Console;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Analysis;

namespace UsabilityLab.Cli.Commands;

/// <summary>Prints a study's gate results as a clear pass/FAIL list.</summary>
internal static class GateTable
{
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
}
