using UsabilityLab.Core.Studies;
using UsabilityLab.Core.Studies.Loading;

namespace UsabilityLab.Core.Analysis;

/// <summary>Checks a study's CI gates against a run's metrics.</summary>
public static class GateEvaluator
{
    /// <summary>The metric names a gate may use.</summary>
    public static IReadOnlyList<string> Metrics { get; } = GateConditionSyntax.Metrics;

    /// <summary>Evaluates every condition of every gate. A condition without a measurement fails, with the reason.</summary>
    /// <param name="gates">The gates, usually <see cref="Study.Gates"/>.</param>
    /// <param name="analysis">The run's analysis.</param>
    public static IReadOnlyList<GateResult> Evaluate(IReadOnlyList<Gate> gates, RunAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(gates);
        ArgumentNullException.ThrowIfNull(analysis);

        return gates.Select(gate =>
        {
            var metrics = analysis.Task(gate.Task);
            var results = gate.Conditions.Select(c =>
            {
                var (value, missing) = Measure(metrics, gate.Task, c.Metric);
                return new GateConditionResult(gate.Task, c.Metric, c.Comparison, c.Threshold, value, value is { } v && c.IsMetBy(v), missing);
            }).ToArray();
            return new GateResult(gate.Task, results);
        }).ToArray();
    }

    private static (double? Value, string? Reason) Measure(TaskMetrics? m, string task, string metric)
    {
        if (m is null || m.Attempts == 0)
        {
            return (null, $"no finished attempts for task '{task}'");
        }

        // Gates are written by hand, so accept any casing of the documented names.
        var (value, why) = metric.ToUpperInvariant() switch
        {
            "SUCCESSRATE" => (m.SuccessRate, "no finished attempts"),
            // The participant measure (attempts with at least one error); before 2026-12 this name meant the technical share.
            "ERRORRATE" => (m.ErrorRate, "no events or error counts recorded for the task's attempts"),
            "TECHNICALERRORRATE" => (m.TechnicalErrorRate, "no finished attempts"),
            "TIMEMEDIAN" => (m.TimeMedianS, "no successful attempt with a recorded time"),
            "TIMEGEOMEAN" => (m.TimeGeoMeanS, "no successful attempt with a recorded time"),
            "LOSTNESSMEAN" => (m.LostnessMean, "no page path recorded, or no optimal path length known"),
            "RAGECLICKS" => ((double?)m.RageClicks, "no events recorded for the task's attempts"),
            _ => ((double?)null, $"unknown metric '{metric}' (known: {string.Join(", ", Metrics)})"),
        };
        return value is null ? (null, $"no measurement: {why}") : (value, null);
    }
}
