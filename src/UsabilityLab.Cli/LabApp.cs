using System.CommandLine;
using UsabilityLab.Cli.Commands;
using UsabilityLab.CommandLine;

namespace UsabilityLab.Cli;

/// <summary>Builds the command tree, runs it, and turns failures into one line and an exit code.</summary>
internal static class LabApp
{
    public static RootCommand BuildRoot(CliIo io)
    {
        var root = new RootCommand("UsabilityLab: run usability studies against a website, measure task success, and report. The lab server runs moderated sessions, the dashboard, accounts and remote participants' invitation links: ./lab moderate --help, ./lab serve --help, ./lab users --help, ./lab invite --help.");
        foreach (var command in Commands(io))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public static Task<int> RunAsync(string[] args, CliIo io, CancellationToken cancellationToken = default) =>
        CommandRunner.RunAsync(BuildRoot(io), args, io, cancellationToken);

    private static IEnumerable<Command> Commands(CliIo io) =>
    [
        RunCommand.Create(io),
        RunsCommand.Create(io),
        MergeCommand.Create(io),
        ValidateCommand.Create(io),
        AnalyzeCommand.Create(io),
        CompareCommand.Create(io),
        ImportCommand.Create(io),
        ExportCommand.Create(io),
        HeatmapCommand.Create(io),
        ReportCommand.Create(io),
        DemoCommand.Create(io),
        DemoSiteCommand.Create(io),
        BrowserServerCommand.Create(io),
    ];
}
