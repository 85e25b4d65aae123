using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Personas;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Text;
using UsabilityLab.Reporting.Charts;

namespace UsabilityLab.Reporting.Report;

/// <summary>Computes everything the report shows, once, from a run (and optionally a second run to compare with).</summary>
public static class ReportModelBuilder
{
    /// <summary>Analyzes <paramref name="run"/> (and <paramref name="compare"/>) and builds the report model.</summary>
    /// <param name="run">The run reported on.</param>
    /// <param name="compare">A second run of the same tasks (before/after), or null.</param>
    /// <param name="time">The clock the cover's "generated at" is read from; <see cref="TimeProvider.System"/> when null.</param>
    public static ReportModel Build(ReportRun run, ReportRun? compare = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var analysis = Analyze(run);
        var gates = run.Study is { Gates.Count: > 0 } study ? GateEvaluator.Evaluate(study.Gates, analysis) : [];
        var keepQuery = run.Study?.Capture.KeepQuery ?? false;

        using var backdrops = new PageBackdrops(run.Snapshots);
        var sectionBuilder = new TaskSectionBuilder(run, analysis, gates, backdrops);
        // Sections are independent (each draws its own heatmap, crops and chart): build them on all cores, in order.
        var sections = analysis.Tasks.Select((t, i) => (Task: t, Number: i + 1)).AsParallel().AsOrdered()
            .Select(t => sectionBuilder.Build(t.Number, t.Task)).ToArray();

        return new ReportModel
        {
            StudyName = run.StudyName,
            Run = run,
            Analysis = analysis,
            GeneratedAt = (time ?? TimeProvider.System).GetUtcNow(),
            Summary = sections.Select(s => new SummaryLine(s.Id, s.Title, s.Light, Completion(s.Metrics), Fmt.Num(s.Metrics.TimeGeoMeanS, "0", " s"), TrafficLights.Verdict(s.Metrics, s.Gate, Wording.PeopleOf(analysis.Simulated)))).ToArray(),
            ThresholdSource = gates.Count == 0
                ? "default thresholds: completion ≥ 78 % green, ≥ 50 % amber, below red"
                : "the study's gates (tasks without a gate use the default thresholds: completion ≥ 78 % green, ≥ 50 % amber)",
            Findings = FindingsWriter.Top(run, analysis, keepQuery),
            Charts = Overview(run, analysis, sections),
            Tasks = sections,
            Comparison = compare is null ? null : ComparisonBuilder.Build(run, analysis, compare, Analyze(compare)),
            Participants = Participants(run, analysis),
            MethodologyHtml = MethodologyText.ToHtml(),
        };
    }

    /// <summary>
    /// The comparison of two already-built models (A the reported run, B the other), as <see cref="Build"/> computes it
    /// when given a run to compare with: for a viewer that keeps models and compares any two of them.
    /// </summary>
    public static ComparisonDetail Compare(ReportModel a, ReportModel b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return ComparisonBuilder.Build(a.Run, a.Analysis, b.Run, b.Analysis);
    }

    private static RunAnalysis Analyze(ReportRun run) => RunAnalyzer.Analyze(
        run.Study, run.Attempts, run.Events, run.Answers, simulatedParticipants: run.Participants.Where(p => PersonaProfile.IsSimulated(p.Persona)).Select(p => p.Label).ToArray());

    /// <summary>A task's completion as the summary says it: "5 of 6 (83 %)".</summary>
    public static string Completion(TaskMetrics m) => m.Attempts == 0 ? "no attempts" : $"{m.Successes} of {m.Attempts} ({Fmt.Percent(m.SuccessRate)})";

    private static OverviewCharts Overview(ReportRun run, RunAnalysis analysis, IReadOnlyList<TaskDetail> sections)
    {
        var colours = sections.ToDictionary(s => s.Id, s => TrafficLights.Colour(s.Light));
        string Title(TaskMetrics t) => t.Title ?? t.Id;
        return new OverviewCharts(
            TaskCharts.Completion(analysis.Tasks.Select(t => new TaskRow(Title(t), t.SuccessRate, t.SuccessRateCi, Color: colours[t.Id])).ToArray()),
            TaskCharts.TimeOnTask(analysis.Tasks.Select(t => new TaskRow(Title(t), t.TimeGeoMeanS, t.TimeCiS, Times(run, t.Id), colours[t.Id])).ToArray()),
            TaskCharts.Lostness(analysis.Tasks.Select(t => new TaskRow(Title(t), t.LostnessMean, null, Color: t.LostnessMean > 0.5 ? "bad" : t.LostnessMean >= 0.4 ? "warn" : "good")).ToArray()),
            analysis.Simulated ? null : TaskCharts.Seq(analysis.Tasks.Select(t => new TaskRow(Title(t), t.SeqMean, t.SeqCi)).ToArray()),
            analysis.Simulated ? null : SusChart.Render(analysis.SusScores.Select(s => s.Score).ToArray(), analysis.Sus));
    }

    private static double[] Times(ReportRun run, string taskId) =>
        run.Attempts.Where(a => a.TaskId == taskId && a.Outcome != AttemptOutcome.Interrupted).Select(a => a.TimeSeconds).ToArray();

    private static IReadOnlyList<ParticipantLine> Participants(ReportRun run, RunAnalysis analysis) =>
        run.Participants.Select(p =>
        {
            var attempts = run.Attempts.Where(a => a.Participant == p.Label && a.Outcome != AttemptOutcome.Interrupted).ToArray();
            var score = analysis.SusScores.Where(s => s.Participant == p.Label).Select(s => (double?)s.Score).FirstOrDefault();
            return new ParticipantLine(p.Label, p.Persona, p.EndReason is null ? p.Status : $"{p.Status} ({p.EndReason})",
                attempts.Count(a => a.Outcome == AttemptOutcome.Success), attempts.Length, attempts.Sum(a => a.TimeSeconds) / 60, score,
                analysis.Signals.Count(s => s.Participant == p.Label), p.Device);
        }).ToArray();
}
