using System.Text.Json.Serialization;
using System.Text.Json;
using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Files;
using UsabilityLab.Core.Runs;
using UsabilityLab.Storage.Runs;
using UsabilityLab.Storage;

namespace UsabilityLab.Application.Analysis;

/// <summary>The machine-readable twin of the analysis table (stable camelCase fields, documented in docs/metrics.md).</summary>
public static class AnalysisJson
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
                devices = analysis.Devices,
                sus = analysis.Sus,
                nps = analysis.Nps,
                eventsLost = analysis.EventsLost,
                unrestoredAttempts = analysis.UnrestoredAttempts,
                gates = gates?.SelectMany(g => g.Conditions),
            },
            Options);

    /// <summary>Writes the JSON next to other outputs (<see cref="AtomicFile"/>: a crash never leaves half a file).</summary>
    public static string WriteFile(string directory, LabStore store, RunData data, RunAnalysis analysis, IReadOnlyList<GateResult>? gates)
    {
        Directory.CreateDirectory(directory);
        var path = Path.GetFullPath(Path.Combine(directory, $"{OutputNames.Of(store, data.Run.Id)}.json"));
        AtomicFile.WriteAllText(path, Serialize(data, analysis, gates));
        return path;
    }
}
