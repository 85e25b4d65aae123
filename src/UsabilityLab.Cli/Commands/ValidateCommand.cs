using System.CommandLine;
using UsabilityLab.CommandLine;

namespace UsabilityLab.Cli.Commands;

/// <summary><c>lab validate FILE</c>: check a study file and report every problem as FILE:LINE:COL.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliIo io)
    {
        var file = new Argument<string>("FILE") { Description = "Study file (YAML)" };
        var command = new Command("validate", "Check a study file; every problem is reported as FILE:LINE:COL (exit 2 when any)") { file };
        command.SetAction(parse => Run(parse.GetValue(file)!, io));
        return command;
    }

    private static int Run(string path, CliIo io)
    {
        var result = StudyFiles.Load(path, io, out var study);
        if (study is null)
        {
            io.Error.WriteLine($"{path}: {result.Errors} problem{(result.Errors == 1 ? "" : "s")}");
            return ExitCodes.Usage;
        }

        io.Out.WriteLine($"{path}: ok — \"{study.Name}\", {study.Tasks.Count} tasks, {study.Participants.Count} participants, {study.Gates.Count} gates");
        return ExitCodes.Ok;
    }
}
