using Microsoft.Playwright;
using UsabilityLab.Recording.Browser;

namespace UsabilityLab.Recording.Pdf;

/// <summary>
/// Prints HTML to PDF with Chromium (<c>IPage.PdfAsync</c>), backgrounds included. Page size, margins and the running
/// header and footer come from the document's <c>@page</c> rules (A4 and 16–20 mm margins when it has none). Reuses
/// one headless browser across calls; dispose to close it.
/// </summary>
public sealed class ChromiumPdfPrinter : IAsyncDisposable
{
    private readonly BrowserConfig _config;
    private readonly SemaphoreSlim _launch = new(1, 1);
    private LabBrowser? _browser;
    private Task<IPage>? _ready;

    /// <summary>Creates a printer that launches Chromium as <paramref name="config"/> says, on first use.</summary>
    public ChromiumPdfPrinter(BrowserConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _config = config;
    }

    /// <summary>
    /// Launches the browser now, if not yet running, and readies the page the next <see cref="PrintAsync"/> loads its
    /// document into, so a caller can overlap Chromium's start with its own work: the first page of a fresh browser
    /// costs about as much as the launch (its renderer process starts), and the first print starts Chromium's PDF
    /// compositor and loads the fonts (0.1–0.3 s off a 20-task report's print when done here).
    /// </summary>
    public async Task StartAsync()
    {
        var browser = await BrowserAsync();
        _ready ??= WarmPageAsync(browser);
        await _ready;
    }

    /// <summary>Prints <paramref name="html"/> (a self-contained document) to <paramref name="pdfPath"/>.</summary>
    /// <param name="html">The document; external resources are not needed and not fetched.</param>
    /// <param name="pdfPath">Output file.</param>
    /// <param name="cancellationToken">Cancels between steps.</param>
    public async Task PrintAsync(string html, string pdfPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentException.ThrowIfNullOrEmpty(pdfPath);
        var browser = await BrowserAsync();
        cancellationToken.ThrowIfCancellationRequested();
        var page = await (Interlocked.Exchange(ref _ready, null) ?? OpenPageAsync(browser));
        await using var context = page.Context;
        await LoadAsync(page, HiddenOnScreen(html), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        await page.PdfAsync(new PagePdfOptions
        {
            Path = pdfPath,
            Format = "A4",
            PrintBackground = true,
            PreferCSSPageSize = true,
            Margin = new Margin { Top = "20mm", Bottom = "18mm", Left = "16mm", Right = "16mm" },
        });
    }

    private static async Task<IPage> WarmPageAsync(LabBrowser browser)
    {
        var page = await OpenPageAsync(browser);
        try
        {
            // A file page, as the report will be (same site, same renderer), in the report's fonts.
            await LoadAsync(page, WarmUpDocument, CancellationToken.None);
            await page.PdfAsync(new PagePdfOptions { Format = "A4" });
        }
        catch (PlaywrightException)
        {
            // Only a head start: the real print goes ahead without it (and reports what is really wrong).
        }

        return page;
    }

    /// <summary>Loads <paramref name="html"/> from a file rather than with SetContent (a document.write of megabytes
    /// through the driver).</summary>
    private static async Task LoadAsync(IPage page, string html, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("usabilitylab-print-");
        try
        {
            var file = Path.Combine(folder.FullName, "report.html");
            await File.WriteAllTextAsync(file, html, cancellationToken);
            await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private const string WarmUpDocument =
        "<!DOCTYPE html><title>warm-up</title><p style=\"font-family:'DejaVu Sans'\">a <b>b</b> <code style=\"font-family:'DejaVu Sans Mono'\">c</code></p>" +
        "<svg width=\"20\" height=\"20\"><text y=\"10\">d</text></svg>";

    /// <summary>A page of its own context: no scripts (the report has none to run), no network.</summary>
    private static async Task<IPage> OpenPageAsync(LabBrowser browser)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// The page is only ever printed, yet loading it shows it on the headless window: Chromium lays the whole report out at
    /// screen width, records its display lists and rasterizes, all thrown away when printing lays it out again for paper.
    /// Hidden on screen (print media ignores the rule), the load does none of that: about 0.7–1.4 s of CPU less for a
    /// 20-task report, with the same PDF to the byte. A document without a head is printed as it is.
    /// </summary>
    internal static string HiddenOnScreen(string html)
    {
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? html : string.Concat(html.AsSpan(0, head), ScreenHidingStyle, html.AsSpan(head));
    }

    private const string ScreenHidingStyle = "<style>@media screen { html { display: none } }</style>";

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _launch.Dispose();
    }

    private async Task<LabBrowser> BrowserAsync()
    {
        await _launch.WaitAsync();
        try
        {
            // Chromium prints to PDF only in headless mode.
            return _browser ??= await LabBrowser.LaunchAsync(_config, headless: true);
        }
        finally
        {
            _launch.Release();
        }
    }
}
