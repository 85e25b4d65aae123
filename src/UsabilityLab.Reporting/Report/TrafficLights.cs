using UsabilityLab.Core.Analysis;

namespace UsabilityLab.Reporting.Report;

/// <summary>
/// The executive summary's traffic lights. With gates: all pass → green; one failing condition other than the
/// completion rate → amber; a failing completion rate or several failures → red. Without gates the defaults apply:
/// completion ≥ 78 % green (the average completion rate Sauro found across 1,100 tasks), ≥ 50 % amber, else red.
/// </summary>
public static class TrafficLights
{
    public const double DefaultGreen = 0.78;
    public const double DefaultAmber = 0.5;

    public static TrafficLight For(TaskMetrics metrics, GateResult? gate)
    {
        if (gate is not null)
        {
            var failures = gate.Failures.ToArray();
            return failures.Length switch
            {
                0 => TrafficLight.Green,
                1 when !failures[0].Metric.Equals("successRate", StringComparison.OrdinalIgnoreCase) => TrafficLight.Amber,
                _ => TrafficLight.Red,
            };
        }

        return metrics.SuccessRate switch
        {
            null => TrafficLight.Amber,
            >= DefaultGreen => TrafficLight.Green,
            >= DefaultAmber => TrafficLight.Amber,
            _ => TrafficLight.Red,
        };
    }

    public static string Verdict(TaskMetrics metrics, GateResult? gate, string people)
    {
        if (gate is not null)
        {
            var failures = gate.Failures.ToArray();
            return failures.Length == 0
                ? "meets all gates (" + string.Join(", ", gate.Conditions.Select(c => c.Condition)) + ")"
                : "misses " + string.Join("; ", failures.Select(f => f.ToString().Replace(" — FAILED", "", StringComparison.Ordinal)));
        }

        return metrics.SuccessRate switch
        {
            null => "no finished attempts",
            >= DefaultGreen => "completion at or above the 78 % average",
            >= DefaultAmber => "completion below the 78 % average",
            _ => $"fewer than half of the {people} succeeded",
        };
    }

    public static string Colour(TrafficLight light) => light switch
    {
        TrafficLight.Green => "good",
        TrafficLight.Amber => "warn",
        _ => "bad",
    };
}
