using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Personas;
using UsabilityLab.Core.Runs;
using UsabilityLab.Storage;

namespace UsabilityLab.Application.Analysis;

/// <summary>The analyze use case: resolves a run id or study name in a database and analyzes that run.</summary>
public static class AnalysisLoader
{
    public static async Task<(RunData Data, RunAnalysis Analysis)> LoadAsync(LabStore store, string runOrStudy, CancellationToken ct)
    {
        var database = store.Database;
        var run = await new RunCatalog(database).ResolveAsync(runOrStudy, ct);
        var data = await new RunReader(database).LoadAsync(run.Id, includeEvents: true, ct);
        var simulated = data.Participants.Where(p => PersonaProfile.IsSimulated(p.Persona)).Select(p => p.Label).ToArray();
        return (data, RunAnalyzer.Analyze(data.Study, data.Attempts, data.Events, data.Answers, simulatedParticipants: simulated));
    }
}
