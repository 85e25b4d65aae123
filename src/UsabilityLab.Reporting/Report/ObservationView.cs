using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>A note ready to render; the frame is a data URI.</summary>
public sealed record ObservationView(string Participant, string Time, string Tag, int Severity, string Text, string? FrameDataUri);
