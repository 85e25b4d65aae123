using UsabilityLab.Browser;
using UsabilityLab.Core.Reports;
using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Application.Reports;

/// <summary>Which report <see cref="RunReports"/> writes: a stored run, and where the files go.</summary>
/// <param name="RunId">The run reported on.</param>
/// <param name="OutputDirectory">Folder for <c>report.html</c> and <c>report.pdf</c>.</param>
public sealed record ReportSettings(long RunId, string OutputDirectory)
{
    /// <summary>HTML, PDF or both.</summary>
    public ReportFormat Format { get; init; } = ReportFormat.Both;

    /// <summary>A second run to compare with (e.g. before a redesign), or null.</summary>
    public long? CompareRunId { get; init; }

    /// <summary>The browser that prints the PDF and paints backdrops; null reads playwright.config.json.</summary>
    public BrowserConfig? Browser { get; init; }
}
