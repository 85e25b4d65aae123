using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Core.Analysis;

/// <summary>Compares two analysed runs with the small-sample tests Sauro &amp; Lewis recommend (docs/metrics.md).</summary>
public static class RunComparer
{
    /// <summary>Compares run A with run B; attempts are each run's raw data, SUS scores come from the analyses (people only).</summary>
    public static RunComparison Compare(RunAnalysis a, IReadOnlyList<AttemptRecord> attemptsA, RunAnalysis b, IReadOnlyList<AttemptRecord> attemptsB)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var tasks = a.Tasks
            .Select(ta => (A: ta, B: b.Task(ta.Id)))
            .Where(pair => pair.B is not null)
            .Select(pair => CompareTask(pair.A, pair.B!, SuccessTimes(attemptsA, pair.A.Id), SuccessTimes(attemptsB, pair.A.Id)))
            .ToList();
        var (sus, note) = a.Simulated || b.Simulated
            ? (null, "not measured: simulated participants have no opinion")
            : CompareSus(a.SusScores.Select(s => s.Score).ToArray(), b.SusScores.Select(s => s.Score).ToArray());
        return new RunComparison(tasks, sus, note);
    }

    private static TaskComparison CompareTask(TaskMetrics a, TaskMetrics b, double[] timesA, double[] timesB)
    {
        var completion = a.Attempts > 0 && b.Attempts > 0 ? Comparison.CompletionRates(a.Successes, a.Attempts, b.Successes, b.Attempts) : null;
        if (timesA.Length < 2 || timesB.Length < 2)
        {
            return new TaskComparison(a.Id, a.Title, completion, null, "needs at least two successful attempts in each run");
        }

        try
        {
            return new TaskComparison(a.Id, a.Title, completion, Comparison.Times(timesA, timesB), null);
        }
        catch (ArgumentException)
        {
            return new TaskComparison(a.Id, a.Title, completion, null, "no variation in the times; no test possible");
        }
    }

    private static (WelchResult?, string?) CompareSus(double[] a, double[] b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return (null, "needs at least two complete SUS sheets in each run");
        }

        try
        {
            return (Comparison.SusScores(a, b), null);
        }
        catch (ArgumentException)
        {
            return (null, "no variation in the SUS scores; no test possible");
        }
    }

    private static double[] SuccessTimes(IReadOnlyList<AttemptRecord> attempts, string taskId) =>
        attempts.Where(x => x.TaskId == taskId && x.Outcome == AttemptOutcome.Success && x.TimeSeconds > 0).Select(x => x.TimeSeconds).ToArray();
}
