namespace UsabilityLab.Benchmarks.Support;

/// <summary>The steps of a cold run page, medians in milliseconds (see <see cref="DashboardColdBreakdown"/>).</summary>
/// <param name="Load">ReportSources.LoadAsync: the run with its events and screenshots from the store.</param>
/// <param name="Analysis">RunAnalyzer.Analyze alone (also part of <paramref name="Model"/>).</param>
/// <param name="Model">ReportModelBuilder.Build: analysis, charts, heatmaps, crops, paths.</param>
/// <param name="ModelWithoutScreenshots">The same model from the run without its screenshots (no heatmap, no crop).</param>
/// <param name="Heatmaps">Task sections that carry a click heatmap.</param>
/// <param name="Tasks">Task sections.</param>
/// <param name="HeatmapChars">The report's click heatmap pictures (data: URIs) the model draws, together, in characters:
/// the dashboard's task page shows its own layers instead.</param>
internal sealed record ColdSteps(double Load, double Analysis, double Model, double ModelWithoutScreenshots, int Heatmaps, int Tasks, long HeatmapChars)
{
    /// <summary>Click heatmaps and signal crops: the model with screenshots minus the model without.</summary>
    public double ScreenshotWork => Model - ModelWithoutScreenshots;
}
