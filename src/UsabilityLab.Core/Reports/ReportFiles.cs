namespace UsabilityLab.Core.Reports;

/// <summary>Paths written and how long it took.</summary>
/// <param name="HtmlPath">The HTML file, when written.</param>
/// <param name="PdfPath">The PDF file, when written.</param>
/// <param name="Elapsed">Wall time from analysis to the last file.</param>
public sealed record ReportFiles(string? HtmlPath, string? PdfPath, TimeSpan Elapsed);
