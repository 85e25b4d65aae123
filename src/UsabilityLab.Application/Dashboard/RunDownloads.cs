using System.IO.Compression;
using UsabilityLab.Application.Export;
using UsabilityLab.Application.Reports;
using UsabilityLab.Core.Reports;

namespace UsabilityLab.Application.Dashboard;

/// <summary>
/// A run's files for the dashboard's downloads, made by the same use cases as <c>lab report</c> and <c>lab export</c>
/// in a private temporary folder that is removed afterwards: the PDF and HTML report, the CSV export (one zip) and the
/// JSON export.
/// </summary>
public static class RunDownloads
{
    /// <summary>The kinds of download, as the URLs name them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["report.pdf", "report.html", "export.zip", "export.json"];

    /// <summary>Download <paramref name="kind"/> of run <paramref name="runId"/>; null for an unknown kind.</summary>
    public static async Task<RunDownload?> MakeAsync(LabStore store, long runId, string kind, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var folder = Directory.CreateTempSubdirectory("lab-download-");
        try
        {
            var name = $"run-{runId}";
            switch (kind)
            {
                case "report.pdf":
                case "report.html":
                    var format = kind.EndsWith(".pdf", StringComparison.Ordinal) ? ReportFormat.Pdf : ReportFormat.Html;
                    var files = await RunReports.WriteAsync(store, new ReportSettings(runId, folder.FullName) { Format = format }, null, ct);
                    var path = format == ReportFormat.Pdf ? files.PdfPath! : files.HtmlPath!;
                    return new RunDownload(await File.ReadAllBytesAsync(path, ct), format == ReportFormat.Pdf ? "application/pdf" : "text/html; charset=utf-8", $"{name}-report{Path.GetExtension(path)}");
                case "export.json":
                    var json = await RunExport.WriteAsync(store, new ExportSettings(runId.ToString(System.Globalization.CultureInfo.InvariantCulture), ExportFormat.Json, folder.FullName), null, ct);
                    return new RunDownload(await File.ReadAllBytesAsync(json[0], ct), "application/json", $"{name}.json");
                case "export.zip":
                    var csv = await RunExport.WriteAsync(store, new ExportSettings(runId.ToString(System.Globalization.CultureInfo.InvariantCulture), ExportFormat.Csv, Path.Combine(folder.FullName, "csv")), null, ct);
                    var zip = Path.Combine(folder.FullName, "export.zip");
                    await ZipFile.CreateFromDirectoryAsync(Path.Combine(folder.FullName, "csv"), zip, CompressionLevel.Optimal, includeBaseDirectory: false, ct);
                    return new RunDownload(await File.ReadAllBytesAsync(zip, ct), "application/zip", $"{name}-csv.zip");
                default:
                    return null;
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
