using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>A path participants took, as page keys, with how many attempts took it.</summary>
public sealed record PathCount(IReadOnlyList<string> Pages, int Attempts, int Successes);
