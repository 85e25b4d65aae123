using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using UsabilityLab.Core.Errors;
using UsabilityLab.Storage;

namespace UsabilityLab.Cli.Commands;

/// <summary><c>lab export RUN --format csv|json [--out DIR]</c>: attempts, events, signals and questionnaire answers.</summary>
internal static class ExportCommand
{
    internal sealed record Settings(string Run, string Format, string? Out, string? Db);

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

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
        var database = await LabDatabase.OpenExistingAsync(settings.Db, ct);
        if (settings.Format == "frames")
        {
            var run = await new RunCatalog(database).ResolveAsync(settings.Run, ct);
            var frames = await FrameExport.WriteAsync(database, run.Id, Path.GetFullPath(settings.Out ?? Path.Combine("out", $"{OutputNames.Of(database, run.Id)}-frames")), io, ct);
            foreach (var path in frames)
            {
                io.Out.WriteLine(path);
            }

            return ExitCodes.Ok;
        }

        var (data, analysis) = await AnalysisLoader.LoadAsync(database, settings.Run, ct);
        var folder = Path.GetFullPath(settings.Out ?? Path.Combine("out", $"{OutputNames.Of(database, data.Run.Id)}-export"));
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (IOException ex)
        {
            throw new InputException($"--out {folder}: cannot create the folder ({ex.Message})", ex);
        }

        var signals = analysis.Signals.Select(s => new
        {
            task = s.TaskId,
            participant = s.Participant,
            kind = s.Signal.Kind,
            timeMs = s.Signal.TimeMs,
            url = s.Signal.Url,
            selector = s.Signal.Selector,
            text = s.Signal.Text,
            x = s.Signal.X,
            y = s.Signal.Y,
            value = s.Signal.Value,
            eventIds = string.Join(' ', s.Signal.Evidence.Select(e => e.Id)),
        }).ToList();
        var written = settings.Format == "json"
            ? [Write(folder, $"run-{data.Run.Id}.json", JsonSerializer.Serialize(new { run = data.Run.Id, study = data.StudyName, data.Attempts, events = data.Events, signals, answers = data.Answers }, JsonOptions))]
            : new[]
            {
                CsvExport.Write(folder, "attempts.csv", data.Attempts),
                CsvExport.Write(folder, "events.csv", data.Events),
                CsvExport.Write(folder, "signals.csv", signals),
                CsvExport.Write(folder, "answers.csv", data.Answers),
            };
        foreach (var path in written)
        {
            io.Out.WriteLine(path);
        }

        return ExitCodes.Ok;
    }

    private static string Write(string folder, string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path + ".tmp", content, new UTF8Encoding(false));
        File.Move(path + ".tmp", path, overwrite: true);
        return path;
    }
}
