using UsabilityLab.Application;
using UsabilityLab.Application.Reports;
using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Core.Analysis;
using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// Where a cold run page's time goes: the steps the dashboard takes for its first request of a run, timed one by one
/// through the same public entry points it calls (DashboardQueries.ReportAsync: ReportSources.LoadAsync, then
/// ReportModelBuilder.Build), medians of a few repetitions. Within the model, the screenshot work (a click heatmap per
/// task, signal crops) is the model built with the run's screenshots minus the model built without them.
/// </summary>
internal static class DashboardColdBreakdown
{
    public static async Task<ColdSteps> MeasureAsync(LabStore store, long runId, int repeats, CancellationToken ct)
    {
        // Each load lets go of the one before, as the dashboard's first request holds no other copy of the run.
        ReportRun? loaded = null;
        var load = await Sampler.TimeAsync(0, repeats, async () =>
        {
            loaded = null;
            loaded = await ReportSources.LoadAsync(store, runId, ct);
        }, ct);
        var run = loaded!;
        var blind = run with { Snapshots = [] };
        var analysis = await Sampler.TimeAsync(0, repeats, () => Task.FromResult(RunAnalyzer.Analyze(run.Study, run.Attempts, run.Events, run.Answers)), ct);
        var withoutScreenshots = await Sampler.TimeAsync(0, repeats, () => Task.FromResult(ReportModelBuilder.Build(blind)), ct);
        var model = await Sampler.TimeAsync(0, repeats, () => Task.FromResult(ReportModelBuilder.Build(run)), ct);
        var built = ReportModelBuilder.Build(run);
        var heatmaps = built.Tasks.Where(t => t.Heatmap is not null).Select(t => t.Heatmap!.DataUri.Length).ToArray();
        return new ColdSteps(Median(load), Median(analysis), Median(model), Median(withoutScreenshots), heatmaps.Length, built.Tasks.Count, heatmaps.Sum());
    }

    private static double Median(List<double> milliseconds) => Summary.Of(milliseconds).Median;
}
