using UsabilityLab.Application.Reports;
using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Personas;
using UsabilityLab.Core.Runs;
using UsabilityLab.Reporting.Charts;
using UsabilityLab.Reporting.Report;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Runs;

namespace UsabilityLab.Application.Dashboard;

/// <summary>
/// What the dashboard's pages show, read from the store. A run's report model and analysis are computed once per run,
/// stamp and analysis version (<see cref="RunCache{T}"/>) and kept in memory: a page of a run that has not changed
/// answers from memory, and a run that records is recomputed as soon as it changes.
/// </summary>
public sealed class DashboardQueries(LabStore store, TimeProvider? time = null)
{
    /// <summary>How many of a study's latest runs its trends show.</summary>
    public const int TrendRuns = 20;

    // Report models hold a run's events and pictures (hundreds of MB for a 500,000-event run): a few only.
    private readonly RunCache<ReportModel> _models = new(4);
    private readonly RunCache<ComputedRun> _analyses = new(500);
    private readonly RunCatalog _catalog = new(store.Database);
    private readonly RunStamps _stamps = new(store.Database);

    /// <summary>Where the store is, as people are told (never a password).</summary>
    public string Location => store.Location;

    /// <summary>Every study with runs, the most recently run first.</summary>
    public async Task<IReadOnlyList<StudyOverview>> StudiesAsync(CancellationToken ct)
    {
        var runs = await _catalog.ListAsync(null, int.MaxValue, ct);
        var studies = new List<StudyOverview>();
        foreach (var study in runs.GroupBy(r => r.Study))
        {
            var latest = study.First();
            var recent = study.Take(12).Reverse().ToArray();
            var computed = new List<ComputedRun?>();
            foreach (var run in recent)
            {
                computed.Add(await AnalysisAsync(run.Id, ct));
            }

            var last = computed[^1];
            var lights = last is null ? [] : Lights(last);
            var completion = computed.Select(c => c?.Analysis.Tasks.Select(t => t.SuccessRate).Where(r => r is not null).Average()).ToArray();
            var description = $"mean completion over the latest {recent.Length} runs";
            studies.Add(new StudyOverview(study.Key, study.Count(), latest, lights, last is { Gates.Count: > 0 } ? !last.GateFailed : null, Sparkline.Render(completion, description)));
        }

        return studies;
    }

    /// <summary>Study <paramref name="name"/>'s runs and trends; null when it has no run.</summary>
    public async Task<StudyHistory?> StudyAsync(string name, CancellationToken ct)
    {
        var runs = await _catalog.ListAsync(name, int.MaxValue, ct);
        if (runs.Count == 0)
        {
            return null;
        }

        var recent = runs.Take(TrendRuns).Reverse().ToArray();
        var computed = new List<(RunListing Listing, ComputedRun? Run)>();
        foreach (var run in recent)
        {
            computed.Add((run, await AnalysisAsync(run.Id, ct)));
        }

        var changes = Changes(computed);
        var listed = runs.Select(r =>
        {
            var c = computed.FirstOrDefault(x => x.Listing.Id == r.Id).Run;
            return new StudyRun(r, c is { Gates.Count: > 0 } ? !c.GateFailed : null, changes.GetValueOrDefault(r.Id) ?? []);
        }).ToArray();
        return new StudyHistory(name, listed, Trends(computed, changes), SusTrend(computed), recent.Length);
    }

    /// <summary>Study <paramref name="study"/>'s runs as <c>lab runs</c> lists them, newest first, without analysing any.</summary>
    public Task<IReadOnlyList<RunListing>> RunsOfAsync(string study, CancellationToken ct) => _catalog.ListAsync(study, int.MaxValue, ct);

    /// <summary>Run <paramref name="runId"/>'s report model (analysis, findings, charts, heatmaps); null when there is no such run.</summary>
    public async Task<ReportModel?> ReportAsync(long runId, CancellationToken ct)
    {
        if (await _stamps.OfAsync(runId, ct) is not { } stamp)
        {
            return null;
        }

        return await _models.GetAsync(runId, stamp, async c =>
        {
            var run = await ReportSources.LoadAsync(store, runId, c);
            return ReportModelBuilder.Build(run, time: time);
        }, ct);
    }

    /// <summary>Run <paramref name="a"/> compared with run <paramref name="b"/> (as <c>lab compare</c> computes it); null when either is missing.</summary>
    public async Task<(ReportModel A, ReportModel B, ComparisonDetail Detail)?> CompareAsync(long a, long b, CancellationToken ct)
    {
        if (await ReportAsync(a, ct) is not { } modelA || await ReportAsync(b, ct) is not { } modelB)
        {
            return null;
        }

        return (modelA, modelB, ReportModelBuilder.Compare(modelA, modelB));
    }

    /// <summary>How far a run got: participants who attempted every task, of those planned, and its status.</summary>
    public async Task<(int Done, int Planned, string Status)?> ProgressAsync(long runId, CancellationToken ct)
    {
        if (await _stamps.OfAsync(runId, ct) is null)
        {
            return null;
        }

        var (done, planned) = await _catalog.ProgressAsync(runId, ct);
        var status = (await _catalog.ResolveAsync(runId.ToString(System.Globalization.CultureInfo.InvariantCulture), ct)).StatusText;
        return (done, planned, status);
    }

    /// <summary>Run <paramref name="runId"/>'s analysis without pictures; null when there is no such run.</summary>
    private async Task<ComputedRun?> AnalysisAsync(long runId, CancellationToken ct)
    {
        if (await _stamps.OfAsync(runId, ct) is not { } stamp)
        {
            return null;
        }

        // A run whose report model is in memory has its analysis there already: no second load of its events.
        if (_models.Peek(runId, stamp) is { } model)
        {
            return ComputedRun.Of(model.Run.Study, model.Run.Attempts, model.Analysis);
        }

        return await _analyses.GetAsync(runId, stamp, async c =>
        {
            var data = await new RunReader(store.Database).LoadAsync(runId, includeEvents: true, c);
            var simulated = data.Participants.Where(p => PersonaProfile.IsSimulated(p.Persona)).Select(p => p.Label).ToArray();
            var analysis = RunAnalyzer.Analyze(data.Study, data.Attempts, data.Events, data.Answers, simulatedParticipants: simulated);
            return ComputedRun.Of(data.Study, data.Attempts, analysis);
        }, ct);
    }

    private static IReadOnlyList<TaskLight> Lights(ComputedRun run) => run.Analysis.Tasks
        .Select(t => new TaskLight(t.Id, t.Title ?? t.Id, TrafficLights.For(t, run.Gates.FirstOrDefault(g => g.Task == t.Id)), ReportModelBuilder.Completion(t)))
        .ToArray();

    /// <summary>Per run: the tasks whose completion or time differ from the previous run's with p &lt; 0.05.</summary>
    private static Dictionary<long, IReadOnlyList<string>> Changes(IReadOnlyList<(RunListing Listing, ComputedRun? Run)> runs)
    {
        var changes = new Dictionary<long, IReadOnlyList<string>>();
        for (var i = 1; i < runs.Count; i++)
        {
            if (runs[i - 1].Run is not { } before || runs[i].Run is not { } after)
            {
                continue;
            }

            var comparison = RunComparer.Compare(after.Analysis, after.Attempts, before.Analysis, before.Attempts);
            var changed = comparison.Tasks.Where(t => t.Completion is { P: < 0.05 } || t.Time is { P: < 0.05 }).Select(t => t.Id).ToArray();
            if (changed.Length > 0)
            {
                changes[runs[i].Listing.Id] = changed;
            }
        }

        return changes;
    }

    private static IReadOnlyList<TaskTrend> Trends(IReadOnlyList<(RunListing Listing, ComputedRun? Run)> runs, Dictionary<long, IReadOnlyList<string>> changes)
    {
        var latestStudy = runs.LastOrDefault(r => r.Run?.Study is not null).Run?.Study;
        var tasks = runs.Where(r => r.Run is not null).SelectMany(r => r.Run!.Analysis.Tasks.Select(t => (t.Id, Title: t.Title ?? t.Id)))
            .DistinctBy(t => t.Id).ToArray();
        return tasks.Select(task =>
        {
            var gate = latestStudy?.Gates.FirstOrDefault(g => g.Task == task.Id);
            TrendPoint Point(RunListing listing, ComputedRun? run, Func<TaskMetrics, (double? Value, Interval? Ci)> metric)
            {
                var metrics = run?.Analysis.Task(task.Id);
                var (value, ci) = metrics is null ? (null, null) : metric(metrics);
                var failed = run?.Gates.FirstOrDefault(g => g.Task == task.Id) is { Passed: false };
                var flagged = changes.TryGetValue(listing.Id, out var changed) && changed.Contains(task.Id);
                return new TrendPoint("#" + listing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), value, ci, failed, flagged);
            }

            var completion = runs.Select(r => Point(r.Listing, r.Run, m => (m.SuccessRate, m.SuccessRateCi))).ToArray();
            var times = runs.Select(r => Point(r.Listing, r.Run, m => (m.TimeGeoMeanS, m.TimeCiS))).ToArray();
            var rateGate = gate?.Conditions.FirstOrDefault(c => c.Metric.Equals("successRate", StringComparison.OrdinalIgnoreCase))?.Threshold;
            var timeGate = gate?.Conditions.FirstOrDefault(c => c.Metric.Equals("timeGeoMean", StringComparison.OrdinalIgnoreCase))?.Threshold;
            return new TaskTrend(
                task.Id,
                task.Title,
                TrendChart.Render(completion, "completion (%)", 100, rateGate, -4, 104),
                TrendChart.Render(times, "time on task (s)", 1, timeGate, 0),
                gate is null ? null : string.Join(", ", gate.Conditions.Select(c => c.ToString())));
        }).ToArray();
    }

    private static string? SusTrend(IReadOnlyList<(RunListing Listing, ComputedRun? Run)> runs)
    {
        var points = runs.Select(r => new TrendPoint("#" + r.Listing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Run?.Analysis.Sus?.Mean, r.Run?.Analysis.Sus?.Ci)).ToArray();
        return points.Any(p => p.Value is not null) ? TrendChart.Render(points, "SUS (0–100)", 1, null, 0, 100) : null;
    }
}
