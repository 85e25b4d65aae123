using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace UsabilityLab.Browser.Pdf;

/// <summary>How the printer's page is set up, loaded and printed.</summary>
internal static class PrintPages
{
    /// <summary>The report's margins when its <c>@page</c> rules give none.</summary>
    public static readonly (string Top, string Bottom, string Left, string Right) Margins = ("20mm", "18mm", "16mm", "16mm");

    /// <summary>A4 with the report's margins (its own <c>@page</c> rules win), backgrounds, no PDF tags or outline
    /// (each costs about a second of print time on a 20-task report; Playwright's printer left them out too).</summary>
    public static readonly PdfOptions ReportOptions = new()
    {
        Format = PaperFormat.A4,
        PrintBackground = true,
        PreferCSSPageSize = true,
        MarginOptions = new MarginOptions { Top = Margins.Top, Bottom = Margins.Bottom, Left = Margins.Left, Right = Margins.Right },
        Tagged = false,
        Outline = false,
    };

    /// <summary>No scripts (the report has none to run) and no network: the document is self-contained.</summary>
    public static async Task LockDownAsync(IPage page)
    {
        await page.SetJavaScriptEnabledAsync(false);
        await page.SetOfflineModeAsync(true);
        page.DefaultNavigationTimeout = 120_000;
    }

    /// <summary>Loads <paramref name="html"/> from a file rather than with SetContent (a document.write of megabytes
    /// through the protocol).</summary>
    public static async Task LoadAsync(IPage page, string html, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("usabilitylab-print-");
        try
        {
            var file = Path.Combine(folder.FullName, "report.html");
            await File.WriteAllTextAsync(file, html, cancellationToken);
            await page.GoToAsync(new Uri(file).AbsoluteUri, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load] });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
