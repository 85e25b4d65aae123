using System.CommandLine;
using UsabilityLab.Application.Export;
using UsabilityLab.Application;
using UsabilityLab.CommandLine;

namespace UsabilityLab.Cli.Commands;

/// <summary><c>lab export RUN --format csv|json|frames [--out DIR]</c>: attempts, events, signals and questionnaire answers.</summary>
internal static class ExportCommand
{
    internal sealed record Settings(string Run, string Format, string? Out, string? Db);

    public static Command Create(CliIo io)
    {
        var run = new Argument<string>("RUN") { Description = "Run id, or a study name for its latest run" };
        var format = new Option<string>("--format") { Description = "csv (one file per table), json (one file), or frames (moderated sessions' screen frames and audio; MP4 with ffmpeg)", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json", "frames");
        var output = new Option<string?>("--out") { Description = "Output folder (default out/DB-HASH-run-N-export, named by database and run)" };
        var db = CommonOptions.Database();
        var command = new Command("export", "Export a run's attempts, events, signals and questionnaire answers") { run, format, output, db };
        command.SetAction((parse, ct) => RunAsync(new Settings(parse.GetValue(run)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(db)), io, ct));
        return command;
    }

    private static async Task<int> RunAsync(Settings settings, CliIo io, CancellationToken ct)
    {
        var store = await LabStore.OpenExistingAsync(settings.Db, ct);
        var format = Enum.Parse<ExportFormat>(settings.Format, ignoreCase: true);
        foreach (var path in await RunExport.WriteAsync(store, new ExportSettings(settings.Run, format, settings.Out), io.Notices, ct))
        {
            io.Out.WriteLine(path);
        }

        return ExitCodes.Ok;
    }
}
