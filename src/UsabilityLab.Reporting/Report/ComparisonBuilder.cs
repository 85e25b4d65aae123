using System.Globalization;
using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Text;
using UsabilityLab.Reporting.Charts;

namespace UsabilityLab.Reporting.Report;

/// <summary>Before/after comparison of two runs (A = the reported run, B = the one passed with --compare).</summary>
internal static class ComparisonBuilder
{
    public static ComparisonDetail Build(ReportRun a, RunAnalysis analysisA, ReportRun b, RunAnalysis analysisB)
    {
        var labelA = string.Create(CultureInfo.InvariantCulture, $"Run {a.RunId} ({a.StartedAt:yyyy-MM-dd})");
        var labelB = string.Create(CultureInfo.InvariantCulture, $"Run {b.RunId} ({b.StartedAt:yyyy-MM-dd})");
        var pairs = analysisA.Tasks.Select(t => (A: t, B: analysisB.Task(t.Id))).Where(p => p.B is not null).Select(p => (p.A, B: p.B!)).ToArray();
        var lines = pairs.Select(p => Line(p.A, p.B, a, b)).ToArray();
        var completion = ComparisonChart.Render(
            pairs.Select(p => Row(p.A.Title ?? p.A.Id, p.A.SuccessRate, p.A.SuccessRateCi, 100)).ToArray(),
            pairs.Select(p => Row(p.B.Title ?? p.B.Id, p.B.SuccessRate, p.B.SuccessRateCi, 100)).ToArray(),
            labelA, labelB, "Completion rate (%) with 95 % CI", 115, "0'%'");
        var maxTime = pairs.SelectMany(p => new[] { p.A.TimeCiS?.High, p.B.TimeCiS?.High, p.A.TimeGeoMeanS, p.B.TimeGeoMeanS }).Max() ?? 10;
        var time = ComparisonChart.Render(
            pairs.Select(p => Row(p.A.Title ?? p.A.Id, p.A.TimeGeoMeanS, p.A.TimeCiS, 1)).ToArray(),
            pairs.Select(p => Row(p.B.Title ?? p.B.Id, p.B.TimeGeoMeanS, p.B.TimeCiS, 1)).ToArray(),
            labelA, labelB, "Time on task, geometric mean of successes (s) with 95 % CI", maxTime * 1.2, "0' s'");
        return new ComparisonDetail(labelA, labelB, lines, completion, time, analysisA.Simulated || analysisB.Simulated ? null : SusLine(analysisA.SusScores.Select(s => s.Score).ToArray(), analysisB.SusScores.Select(s => s.Score).ToArray()))
        {
            Warning = Comparability.Warning(a.Mode, a.PersonaMode, b.Mode, b.PersonaMode),
        };
    }

    private static TaskRow Row(string label, double? value, Interval? ci, double factor) =>
        new(label, value * factor, ci is { } c ? new Interval(c.Low * factor, c.High * factor) : null);

    private static ComparisonLine Line(TaskMetrics ma, TaskMetrics mb, ReportRun a, ReportRun b)
    {
        var completion = ma.Attempts > 0 && mb.Attempts > 0
            ? Comparison.CompletionRates(ma.Successes, ma.Attempts, mb.Successes, mb.Attempts) is var d
                ? $"{Fmt.Signed(d.Difference * 100)} points, 95 % CI {Fmt.Unbroken(Fmt.Range(d.Ci.Low * 100, d.Ci.High * 100, "0"))}; {Fmt.Unbroken($"z = {Fmt.Num(d.Z, "0.00")}")}, {Fmt.Unbroken(Fmt.P(d.P))}"
                : ""
            : "not enough attempts";
        var timesA = SuccessTimes(a, ma.Id);
        var timesB = SuccessTimes(b, mb.Id);
        string time;
        try
        {
            time = timesA.Length >= 2 && timesB.Length >= 2
                ? Comparison.Times(timesA, timesB) is var r
                    ? $"ratio {Fmt.Num(r.Ratio, "0.00")} (95 % CI {Fmt.Range(r.RatioCi.Low, r.RatioCi.High, "0.00")}); {Fmt.Unbroken(Fmt.P(r.P))}"
                    : ""
                : "needs 2 successful times in each run";
        }
        catch (ArgumentException)
        {
            time = "times identical in both runs; no test";
        }

        return new ComparisonLine(ma.Title ?? ma.Id, Fmt.Percent(ma.SuccessRate), Fmt.Percent(mb.SuccessRate), completion,
            Fmt.Num(ma.TimeGeoMeanS, "0.0", " s"), Fmt.Num(mb.TimeGeoMeanS, "0.0", " s"), time);
    }

    private static double[] SuccessTimes(ReportRun run, string taskId) =>
        run.Attempts.Where(x => x.TaskId == taskId && x.Outcome == AttemptOutcome.Success && x.TimeSeconds > 0).Select(x => x.TimeSeconds).ToArray();

    private static string? SusLine(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count < 2 || b.Count < 2)
        {
            return null;
        }

        try
        {
            var w = Comparison.SusScores(a, b);
            return $"SUS {Fmt.Num(w.MeanA)} vs {Fmt.Num(w.MeanB)}: difference {Fmt.Signed(w.Difference, "0.0")} (95 % CI {Fmt.Num(w.Ci.Low)} to {Fmt.Num(w.Ci.High)}), " +
                   $"Welch t = {Fmt.Num(w.T, "0.00")}, df = {Fmt.Num(w.DegreesOfFreedom)}, {Fmt.Unbroken(Fmt.P(w.P))}";
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
