using System.CommandLine;
using UsabilityLab.Core.Errors;

namespace UsabilityLab.CommandLine;

/// <summary>
/// Runs a program's command tree the way every lab program does: a usage error is one line and exit code 2, a missing
/// piece of the environment exit code 3, Ctrl-C exit code 130 once what was recorded is saved (ExitCodes).
/// </summary>
public static class CommandRunner
{
    public static async Task<int> RunAsync(RootCommand root, string[] args, CliIo io, CancellationToken cancellationToken = default)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            io.Error.WriteLine($"lab: {Describe(parse.Errors[0].Message, args, root)} (run '{HelpFor(args, root)}' for usage)");
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

    private static string Describe(string message, string[] args, RootCommand root)
    {
        var first = args.Length > 0 ? args[0] : "";
        if (first.Length > 0 && !first.StartsWith('-') && Subcommand(first, root) is null)
        {
            return $"unknown command '{first}'";
        }

        // System.CommandLine lists choices on separate lines; a usage error is one line.
        return string.Join(' ', message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
    }

    /// <summary>The help that answers the error: the command's own when the command is known, else the list of commands.</summary>
    private static string HelpFor(string[] args, RootCommand root) =>
        args.Length > 0 && Subcommand(args[0], root) is { } command ? $"./lab {command.Name} --help" : "./lab --help";

    private static Command? Subcommand(string name, RootCommand root) => root.Subcommands.FirstOrDefault(c => c.Name == name);
}
