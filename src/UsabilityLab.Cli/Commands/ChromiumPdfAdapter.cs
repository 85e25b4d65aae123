using UsabilityLab.Recording.Pdf;
using UsabilityLab.Reporting.Pdf;

namespace UsabilityLab.Cli.Commands;

/// <summary>Plugs Recording's Chromium printer into Reporting's <see cref="IPdfPrinter"/> (neither references the other).</summary>
internal sealed class ChromiumPdfAdapter(ChromiumPdfPrinter printer) : IPdfPrinter
{
    public Task PrintAsync(string html, string pdfPath, CancellationToken ct) => printer.PrintAsync(html, pdfPath, ct);

    public Task PrepareAsync(CancellationToken ct) => printer.StartAsync();
}
