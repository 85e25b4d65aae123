using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>A group of equal signals (same kind, page and element) with an illustrative screenshot crop.</summary>
public sealed record SignalGroup(SignalKind Kind, string Page, string? Selector, string? Text, int Count, int Participants, string Description, string? CropDataUri);
