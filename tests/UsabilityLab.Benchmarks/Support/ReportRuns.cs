using UsabilityLab.Application;
using UsabilityLab.Application.Reports;
using UsabilityLab.Recording.Pdf;
using UsabilityLab.Reporting.Pdf;
using UsabilityLab.Reporting.Report;
using UsabilityLab.Storage;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>Loads a stored run and prints PDFs exactly as <c>./lab report</c> does, through the application layer the CLI uses.</summary>
internal static class ReportRuns
{
    public static Task<ReportRun> LoadAsync(LabDatabase database, long runId, CancellationToken ct) =>
        ReportSources.LoadAsync(new LabStore(database), runId, ct);

    /// <summary>The application layer's adapter from Recording's Chromium printer to Reporting's interface.</summary>
    public static IPdfPrinter Printer(ChromiumPdfPrinter printer) => new ChromiumPdfAdapter(printer);
}
