using UsabilityLab.Recording.Browser;
using UsabilityLab.Recording.Pdf;
using UsabilityLab.Reporting.Report;
using UsabilityLab.Storage;

namespace UsabilityLab.Cli.Commands;

/// <summary>The report entry point shared by <c>lab report</c> and <c>lab demo</c>: database run in, files out.</summary>
internal static class RunReports
{
    /// <summary>
    /// Writes <c>report.html</c> and/or <c>report.pdf</c> for run <paramref name="runId"/> into
    /// <paramref name="outputDirectory"/>; PDF printing launches (and closes) its own headless Chromium. Page backdrops
    /// the run has not painted yet are painted first (<see cref="BackdropPainting"/>), with a line on <paramref name="log"/>.
    /// </summary>
    public static async Task<ReportFiles> WriteAsync(
        LabDatabase database,
        long runId,
        string outputDirectory,
        ReportFormat format = ReportFormat.Both,
        long? compareRunId = null,
        BrowserConfig? browserConfig = null,
        TextWriter? log = null,
        CancellationToken cancellationToken = default)
    {
        if (format == ReportFormat.Html)
        {
            var (htmlRun, htmlCompare) = await LoadAsync();
            return await ReportWriter.WriteAsync(htmlRun, htmlCompare, outputDirectory, format, null, cancellationToken);
        }

        await using var printer = new ChromiumPdfPrinter(browserConfig ?? BrowserConfigLoader.Load());
        // Chromium starts while the runs load from the database, not after; a failed start surfaces at the print.
        _ = printer.StartAsync().ContinueWith(t => t.Exception, TaskScheduler.Default);
        var (run, compare) = await LoadAsync();
        return await ReportWriter.WriteAsync(run, compare, outputDirectory, format, new ChromiumPdfAdapter(printer), cancellationToken);

        async Task<(ReportRun Run, ReportRun? Compare)> LoadAsync()
        {
            var loaded = await ReportSources.LoadAsync(database, runId, cancellationToken, log, browserConfig);
            var compared = compareRunId is { } other ? await ReportSources.LoadAsync(database, other, cancellationToken, log, browserConfig) : null;
            return (loaded, compared);
        }
    }
}
