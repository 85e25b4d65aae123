using UsabilityLab.Core.Files;
using UsabilityLab.Core.Reports;

namespace UsabilityLab.Reporting.Report;

/// <summary>Builds, renders and writes a report: the one entry point for <c>lab report</c> and <c>lab demo</c>.</summary>
public static class ReportWriter
{
    /// <summary>
    /// Writes <c>report.html</c> and/or <c>report.pdf</c> into <paramref name="directory"/>. Files are written to a
    /// temporary name and moved into place, so an interrupted run never leaves half a report.
    /// </summary>
    /// <param name="run">The run to report on.</param>
    /// <param name="compare">Optional second run for the comparison section.</param>
    /// <param name="directory">Output folder (created when missing).</param>
    /// <param name="format">Which files.</param>
    /// <param name="printer">PDF printer; required unless <paramref name="format"/> is <see cref="ReportFormat.Html"/>.</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="baseName">File name without extension.</param>
    /// <param name="time">The clock the report's "generated at" and the time it took are read from; <see cref="TimeProvider.System"/> when null.</param>
    public static async Task<ReportFiles> WriteAsync(ReportRun run, ReportRun? compare, string directory, ReportFormat format, IPdfPrinter? printer, CancellationToken ct, string baseName = "report", TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (format != ReportFormat.Html && printer is null)
        {
            throw new ArgumentNullException(nameof(printer), "A PDF printer is needed for PDF output.");
        }

        time ??= TimeProvider.System;
        var started = time.GetTimestamp();
        // Chromium takes about a second to start: let it start while the report is built rather than after.
        var printerReady = format == ReportFormat.Html ? Task.CompletedTask : printer!.PrepareAsync(ct);
        string html;
        try
        {
            var model = ReportModelBuilder.Build(run, compare, time);
            html = await ReportHtmlRenderer.RenderAsync(model);
            ct.ThrowIfCancellationRequested();
        }
        catch
        {
            // Let a launch in flight finish, so the printer's owner can close the browser it started.
            await Task.WhenAny(printerReady);
            throw;
        }

        Directory.CreateDirectory(directory);
        string? htmlPath = null, pdfPath = null;
        if (format != ReportFormat.Pdf)
        {
            htmlPath = Path.GetFullPath(Path.Combine(directory, baseName + ".html"));
            await AtomicFile.WriteAllTextAsync(htmlPath, html, ct);
        }

        if (format != ReportFormat.Html)
        {
            pdfPath = Path.GetFullPath(Path.Combine(directory, baseName + ".pdf"));
            await printerReady;
            await AtomicFile.ReplaceAsync(pdfPath, temporary => printer!.PrintAsync(html, temporary, ct));
        }

        return new ReportFiles(htmlPath, pdfPath, time.GetElapsedTime(started));
    }
}
