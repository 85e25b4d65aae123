using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>One dialog text as the page showed it (<paramref name="Text"/>, e.g. "confirm: Discard changes? (accepted)"), in how many attempts.</summary>
public sealed record DialogView(string Text, int Attempts);
