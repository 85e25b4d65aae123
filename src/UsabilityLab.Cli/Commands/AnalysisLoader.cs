using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Personas;
using UsabilityLab.Storage;

namespace UsabilityLab.Cli.Commands;

/// <summary>Resolves RUN|STUDY in a database and analyzes it; shared by analyze, report, compare and demo.</summary>
internal static class AnalysisLoader
{
    public static async Task<(RunData Data, RunAnalysis Analysis)> LoadAsync(LabDatabase database, string runOrStudy, CancellationToken ct)
    {
        var run = await new RunCatalog(database).ResolveAsync(runOrStudy, ct);
        var data = await new RunReader(database).LoadAsync(run.Id, includeEvents: true, ct);
        var simulated = data.Participants.Where(p => PersonaProfile.IsSimulated(p.Persona)).Select(p => p.Label).ToArray();
        return (data, RunAnalyzer.Analyze(data.Study, data.Attempts, data.Events, data.Answers, simulatedParticipants: simulated));
    }
}
