using UsabilityLab.Recording.Pdf;
using UsabilityLab.Reporting.Pdf;

namespace UsabilityLab.Application.Reports;

/// <summary>Plugs Recording's Chromium printer into Reporting's <see cref="IPdfPrinter"/> (neither references the other).</summary>
public sealed class ChromiumPdfAdapter(ChromiumPdfPrinter printer) : IPdfPrinter
{
    public Task PrintAsync(string html, string pdfPath, CancellationToken ct) => printer.PrintAsync(html, pdfPath, ct);

    public Task PrepareAsync(CancellationToken ct) => printer.StartAsync();
}
