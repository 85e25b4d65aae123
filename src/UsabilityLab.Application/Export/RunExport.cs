using System.Text.Json.Serialization;
using System.Text.Json;
using UsabilityLab.Application.Analysis;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Files;
using UsabilityLab.Storage;

namespace UsabilityLab.Application.Export;

/// <summary>The export use case: a run's attempts, events, signals and questionnaire answers (or its frames) as files.</summary>
public static class RunExport
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Writes the export of <paramref name="settings"/>; returns the full paths written.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(LabStore store, ExportSettings settings, INotices? notices, CancellationToken ct)
    {
        var database = store.Database;
        if (settings.Format == ExportFormat.Frames)
        {
            var run = await new RunCatalog(database).ResolveAsync(settings.Run, ct);
            return await FrameExport.WriteAsync(database, run.Id, Path.GetFullPath(settings.Folder ?? Path.Combine("out", $"{OutputNames.Of(store, run.Id)}-frames")), notices, ct);
        }

        var (data, analysis) = await AnalysisLoader.LoadAsync(store, settings.Run, ct);
        var folder = Path.GetFullPath(settings.Folder ?? Path.Combine("out", $"{OutputNames.Of(store, data.Run.Id)}-export"));
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
        return settings.Format == ExportFormat.Json
            ? [Write(folder, $"run-{data.Run.Id}.json", JsonSerializer.Serialize(new { run = data.Run.Id, study = data.StudyName, data.Attempts, events = data.Events, signals, answers = data.Answers }, JsonOptions))]
            :
            [
                CsvExport.Write(folder, "attempts.csv", data.Attempts),
                CsvExport.Write(folder, "events.csv", data.Events),
                CsvExport.Write(folder, "signals.csv", signals),
                CsvExport.Write(folder, "answers.csv", data.Answers),
            ];
    }

    private static string Write(string folder, string name, string content)
    {
        var path = Path.Combine(folder, name);
        AtomicFile.WriteAllText(path, content);
        return path;
    }
}
