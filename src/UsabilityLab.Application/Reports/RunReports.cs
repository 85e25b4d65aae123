using UsabilityLab.Browser.Pdf;
using UsabilityLab.Browser;
using UsabilityLab.Core.Reports;
using UsabilityLab.Reporting.Report;
using UsabilityLab.Storage;

namespace UsabilityLab.Application.Reports;

/// <summary>The report use case, shared by <c>lab report</c> and <c>lab demo</c>: database run in, files out.</summary>
public static class RunReports
{
    /// <summary>
    /// Fails with the browser discovery's error (exit 3, saying how to install one) when <paramref name="format"/>
    /// needs a PDF and this machine has no browser to print it with: before any work, not after the runs are loaded.
    /// </summary>
    public static void CheckPrinter(ReportFormat format)
    {
        if (format != ReportFormat.Html)
        {
            new BrowserDiscovery().Find(BrowserConfigLoader.Load());
        }
    }

    /// <summary>
    /// Writes <c>report.html</c> and/or <c>report.pdf</c> for the run of <paramref name="settings"/>; PDF printing
    /// launches (and closes) its own headless Chromium. Page backdrops the run has not painted yet are painted first
    /// (<see cref="BackdropPainting"/>), told to <paramref name="notices"/>.
    /// </summary>
    public static async Task<ReportFiles> WriteAsync(
        LabStore store,
        ReportSettings settings,
        INotices? notices = null,
        CancellationToken cancellationToken = default)
    {
        if (settings.Format == ReportFormat.Html)
        {
            var (htmlRun, htmlCompare) = await LoadAsync();
            return await ReportWriter.WriteAsync(htmlRun, htmlCompare, settings.OutputDirectory, settings.Format, null, cancellationToken);
        }

        await using var printer = new ChromiumPdfPrinter(settings.Browser ?? BrowserConfigLoader.Load());
        // Chromium starts while the runs load from the database, not after; a failed start surfaces at the print.
        _ = printer.PrepareAsync(cancellationToken).ContinueWith(t => t.Exception, TaskScheduler.Default);
        var (run, compare) = await LoadAsync();
        return await ReportWriter.WriteAsync(run, compare, settings.OutputDirectory, settings.Format, printer, cancellationToken);

        async Task<(ReportRun Run, ReportRun? Compare)> LoadAsync()
        {
            var loaded = await ReportSources.LoadAsync(store, settings.RunId, cancellationToken, notices, settings.Browser);
            var compared = settings.CompareRunId is { } other ? await ReportSources.LoadAsync(store, other, cancellationToken, notices, settings.Browser) : null;
            return (loaded, compared);
        }
    }
}
