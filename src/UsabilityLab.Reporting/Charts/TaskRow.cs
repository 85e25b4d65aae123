using UsabilityLab.Core.Metrics;

namespace UsabilityLab.Reporting.Charts;

/// <summary>One task's value in a per-task chart.</summary>
/// <param name="Label">Task title (axis label).</param>
/// <param name="Value">Point estimate; null = no data (drawn as "no data", never as zero).</param>
/// <param name="Ci">95 % interval, when there is one.</param>
/// <param name="Points">Individual observations to show as dots (e.g. each attempt's time).</param>
/// <param name="Color">Bar colour name: good, warn, bad or neutral.</param>
public sealed record TaskRow(string Label, double? Value, Interval? Ci, IReadOnlyList<double>? Points = null, string Color = "neutral");
