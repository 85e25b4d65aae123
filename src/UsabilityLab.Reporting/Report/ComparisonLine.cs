using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>One task compared across two runs.</summary>
public sealed record ComparisonLine(string Title, string CompletionA, string CompletionB, string CompletionTest, string TimeA, string TimeB, string TimeTest);
