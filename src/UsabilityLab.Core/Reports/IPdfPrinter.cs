namespace UsabilityLab.Core.Reports;

/// <summary>Prints report HTML to PDF. Reporting never references a browser; Application plugs in Browser's Chromium.</summary>
public interface IPdfPrinter
{
    /// <summary>Prints <paramref name="html"/> to <paramref name="pdfPath"/>; the document's own <c>@page</c> rules
    /// (size, margins, header and footer margin boxes) lay out the pages.</summary>
    Task PrintAsync(string html, string pdfPath, CancellationToken ct);

    /// <summary>
    /// Gets ready to print (e.g. starts the browser) while the caller is still building the report; printing waits for
    /// it. A printer with nothing to prepare need not implement it.
    /// </summary>
    Task PrepareAsync(CancellationToken ct) => Task.CompletedTask;
}
