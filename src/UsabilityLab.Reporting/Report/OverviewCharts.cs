using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>
/// Overview charts as SVG markup produced by ScottPlot (no page data inside except task titles, which ScottPlot escapes).
/// SEQ and SUS are null when not measured: simulated participants have no opinion to chart.
/// </summary>
public sealed record OverviewCharts(string Completion, string Time, string Lostness, string? Seq, string? Sus);
