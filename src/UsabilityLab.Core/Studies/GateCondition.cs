namespace UsabilityLab.Core.Studies;

/// <summary>A metric compared against a threshold, e.g. <c>successRate &gt;= 0.8</c>.</summary>
/// <param name="Metric">One of successRate, timeMedian, timeGeoMean, lostnessMean, errorRate, technicalErrorRate, rageClicks.</param>
/// <param name="Comparison">Direction of the comparison.</param>
/// <param name="Threshold">Threshold in the metric's unit (seconds for times).</param>
public sealed record GateCondition(string Metric, GateComparison Comparison, double Threshold)
{
    /// <summary>True when the measured value satisfies the condition.</summary>
    public bool IsMetBy(double value) => Comparison switch
    {
        GateComparison.AtLeast => value >= Threshold,
        GateComparison.AtMost => value <= Threshold,
        _ => throw new InvalidOperationException($"Unknown comparison {Comparison}"),
    };

    /// <inheritdoc />
    public override string ToString() => $"{Metric} {(Comparison == GateComparison.AtLeast ? ">=" : "<=")} {Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
