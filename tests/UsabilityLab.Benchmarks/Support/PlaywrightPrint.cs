using Microsoft.Playwright;
using UsabilityLab.Browser.Pdf;
using UsabilityLab.Browser;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// The same print through Playwright's <c>IPage.PdfAsync</c> (what DESIGN.md first chose): its Node.js driver starts, then
/// the same Chromium, same switches, same hidden-on-screen document from a file, the printer's own paper settings.
/// </summary>
internal static class PlaywrightPrint
{
    public static async Task PrintAsync(BrowserConfig config, string html, string pdfPath, string folder)
    {
        await using var browser = await LabBrowser.LaunchAsync(config, headless: true);
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true });
        var page = await context.NewPageAsync();
        var file = Path.Combine(folder, "playwright-print.html");
        await File.WriteAllTextAsync(file, ChromiumPdfPrinter.HiddenOnScreen(html));
        await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
        var paper = PrintPages.ReportOptions;
        await page.PdfAsync(new PagePdfOptions
        {
            Path = pdfPath,
            Format = "A4",
            PrintBackground = paper.PrintBackground,
            PreferCSSPageSize = paper.PreferCSSPageSize,
            Margin = new Margin { Top = PrintPages.Margins.Top, Bottom = PrintPages.Margins.Bottom, Left = PrintPages.Margins.Left, Right = PrintPages.Margins.Right },
        });
    }
}
