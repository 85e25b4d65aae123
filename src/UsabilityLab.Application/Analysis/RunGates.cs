using System.Globalization;
using UsabilityLab.Core.Runs;
using UsabilityLab.Storage.Runs;
using UsabilityLab.Storage;

namespace UsabilityLab.Application.Analysis;

/// <summary>How a listed run stands against its study's gates, for run lists (<c>lab runs</c>, a dashboard).</summary>
public static class RunGates
{
    /// <summary>"passed", "failed 2 of 5", "none" (the study has no gates), "–" while the run records, or "not judged
    /// (incomplete)" for a run that did not finish: gates over the participants it happened to reach would mislead.</summary>
    public static async Task<string> VerdictAsync(LabStore store, RunListing run, CancellationToken ct)
    {
        var database = store.Database;
        if (run.Status == RunStatus.Running)
        {
            return "–";
        }

        if (run.Status != RunStatus.Completed)
        {
            return "not judged (incomplete)";
        }

        var (data, analysis) = await AnalysisLoader.LoadAsync(store, run.Id.ToString(CultureInfo.InvariantCulture), ct);
        var results = GateCheck.Evaluate(analysis, data.Study);
        var failed = results.Count(r => !r.Passed);
        return results.Count == 0 ? "none" : failed == 0 ? "passed" : $"failed {failed} of {results.Count}";
    }
}
