using UsabilityLab.Application;
using UsabilityLab.Application.Reports;
using UsabilityLab.Reporting.Report;
using UsabilityLab.Storage;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>Loads a stored run exactly as <c>./lab report</c> does, through the application layer the CLI uses (the
/// benchmarks print with <c>ChromiumPdfPrinter</c> itself, the printer <c>./lab report</c> hands the report writer).</summary>
internal static class ReportRuns
{
    public static Task<ReportRun> LoadAsync(LabDatabase database, long runId, CancellationToken ct) =>
        ReportSources.LoadAsync(new LabStore(database), runId, ct);
}
