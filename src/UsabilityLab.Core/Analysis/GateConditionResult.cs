using System.Globalization;
using System.Text.Json.Serialization;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Core.Analysis;

/// <summary>One gate condition checked against a run.</summary>
/// <param name="Task">Task id.</param>
/// <param name="Metric">Metric name as written in the study (successRate, timeMedian, …).</param>
/// <param name="Comparison">Direction of the comparison.</param>
/// <param name="Threshold">Threshold in the metric's unit (seconds for times).</param>
/// <param name="Measured">Measured value; null when the run has no measurement.</param>
/// <param name="Passed">Whether the condition holds. A missing measurement never passes.</param>
/// <param name="Reason">Why there is no measurement (or why the metric is unknown); null otherwise.</param>
public sealed record GateConditionResult(
    string Task,
    string Metric,
    [property: JsonConverter(typeof(JsonStringEnumConverter<GateComparison>))] GateComparison Comparison,
    double Threshold,
    double? Measured,
    bool Passed,
    string? Reason)
{
    /// <summary>The condition as written, e.g. <c>successRate &gt;= 0.8</c>.</summary>
    public string Condition => new GateCondition(Metric, Comparison, Threshold).ToString();

    /// <summary>One line for logs and JUnit messages, e.g. <c>successRate &gt;= 0.8: measured 0.6 — FAILED</c>.</summary>
    public override string ToString() => Measured is { } m
        ? string.Create(CultureInfo.InvariantCulture, $"{Condition}: measured {Math.Round(m, 3)} — {(Passed ? "passed" : "FAILED")}")
        : $"{Condition}: {Reason} — FAILED";
}
