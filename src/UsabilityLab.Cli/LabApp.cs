using System.CommandLine;
using UsabilityLab.Cli.Commands;
using UsabilityLab.Core;
using UsabilityLab.Core.Errors;

namespace UsabilityLab.Cli;

/// <summary>Builds the command tree, runs it, and turns failures into one line and an exit code.</summary>
internal static class LabApp
{
    public static RootCommand BuildRoot(CliIo io)
    {
        var root = new RootCommand("UsabilityLab: run usability studies against a website, measure task success, and report.");
        foreach (var command in Commands(io))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliIo io, CancellationToken cancellationToken = default)
    {
        var root = BuildRoot(io);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            io.Error.WriteLine($"lab: {Describe(parse.Errors[0].Message, args, root)} (run './lab --help' for usage)");
            return ExitCodes.Usage;
        }

        try
        {
            // Our handlers below turn known failures into one line and an exit code; let them see the exceptions.
            // Signals are the process's (InterruptSignals): System.CommandLine's own handling would end the process two
            // seconds after Ctrl-C, before a run has saved what it recorded.
            var configuration = new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (InputException ex)
        {
            io.Error.WriteLine(ex.Message);
            return ExitCodes.Usage;
        }
        catch (EnvironmentProblemException ex)
        {
            io.Error.WriteLine($"lab: {ex.Message}");
            return ExitCodes.Environment;
        }
        catch (OperationCanceledException)
        {
            io.Error.WriteLine("lab: interrupted; what was recorded so far is saved");
            return ExitCodes.Interrupted;
        }
    }

    /// <summary>The CLI's version, as printed by --version.</summary>
    public static string Version => CoreAssembly.Version;

    private static IEnumerable<Command> Commands(CliIo io) =>
    [
        RunCommand.Create(io),
        RunsCommand.Create(io),
        ValidateCommand.Create(io),
        AnalyzeCommand.Create(io),
        CompareCommand.Create(io),
        ImportCommand.Create(io),
        ExportCommand.Create(io),
        HeatmapCommand.Create(io),
        ReportCommand.Create(io),
        ModerateCommand.Create(io),
        DemoCommand.Create(io),
        DemoSiteCommand.Create(io),
    ];

    private static string Describe(string message, string[] args, RootCommand root)
    {
        var first = args.Length > 0 ? args[0] : "";
        if (first.Length > 0 && !first.StartsWith('-') && root.Subcommands.All(c => c.Name != first))
        {
            return $"unknown command '{first}'";
        }

        // System.CommandLine lists choices on separate lines; a usage error is one line.
        return string.Join(' ', message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
    }
}
