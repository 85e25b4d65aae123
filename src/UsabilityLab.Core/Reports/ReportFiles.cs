namespace UsabilityLab.Core.Reports;

/// <summary>Paths written and how long it took.</summary>
/// <param name="HtmlPath">The HTML file, when written.</param>
/// <param name="PdfPath">The PDF file, when written.</param>
/// <param name="Elapsed">Time from analysis to the last file, on the report writer's clock (the wall clock unless it was given another).</param>
public sealed record ReportFiles(string? HtmlPath, string? PdfPath, TimeSpan Elapsed);
