using System.Text.Json;
using System.Text.Json.Serialization;
using UsabilityLab.Core.Analysis;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Runs;

namespace UsabilityLab.Cli.Commands;

/// <summary>The machine-readable twin of the analysis table (stable camelCase fields, documented in docs/metrics.md).</summary>
internal static class AnalysisJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(RunData data, RunAnalysis analysis, IReadOnlyList<GateResult>? gates) =>
        JsonSerializer.Serialize(
            new
            {
                run = data.Run.Id,
                study = data.StudyName,
                status = RunStatusText.Of(data.Run.Status, data.Run.EndReason),
                participants = analysis.Participants,
                simulatedParticipants = analysis.SimulatedParticipants,
                simulated = analysis.Simulated,
                simulatedAnswersIgnored = analysis.SimulatedAnswersIgnored,
                tasks = analysis.Tasks,
                sus = analysis.Sus,
                nps = analysis.Nps,
                eventsLost = analysis.EventsLost,
                unrestoredAttempts = analysis.UnrestoredAttempts,
                gates = gates?.SelectMany(g => g.Conditions),
            },
            Options);

    /// <summary>Writes the JSON next to other outputs, through a temporary file so a crash never leaves half a file.</summary>
    public static string WriteFile(string directory, LabDatabase database, RunData data, RunAnalysis analysis, IReadOnlyList<GateResult>? gates)
    {
        Directory.CreateDirectory(directory);
        var path = Path.GetFullPath(Path.Combine(directory, $"{OutputNames.Of(database, data.Run.Id)}.json"));
        File.WriteAllText(path + ".tmp", Serialize(data, analysis, gates));
        File.Move(path + ".tmp", path, overwrite: true);
        return path;
    }
}
