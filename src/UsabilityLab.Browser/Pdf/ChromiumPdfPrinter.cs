using PuppeteerSharp;
using PuppeteerSharp.Media;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Reports;

namespace UsabilityLab.Browser.Pdf;

/// <summary>
/// Prints HTML to PDF with Chromium (<c>Page.printToPDF</c>), backgrounds included. Page size, margins and the running
/// header and footer come from the document's <c>@page</c> rules (A4 and 16–20 mm margins when it has none). Reuses
/// one headless browser across calls; dispose to close it.
/// </summary>
/// <remarks>
/// Printing talks to Chromium through PuppeteerSharp, straight from .NET over the DevTools protocol, not through
/// Playwright: Playwright first starts its Node.js driver, 0.7–0.9 s of a 20-task report's 5 s budget, before Chromium
/// even launches. The runner and the moderated sessions stay on Playwright. Same Chromium, same switches, same PDF.
/// </remarks>
public sealed class ChromiumPdfPrinter : IPdfPrinter, IAsyncDisposable
{
    private readonly BrowserConfig _config;
    private readonly Lock _gate = new();
    private Task<IBrowser>? _browser;
    private Task<IPage>? _ready;

    /// <summary>Creates a printer that launches Chromium as <paramref name="config"/> says, on first use.</summary>
    public ChromiumPdfPrinter(BrowserConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _config = config;
    }

    /// <summary>
    /// Launches the browser now, if not yet running, and readies the page the next <see cref="PrintAsync"/> loads its
    /// document into, so a caller can overlap Chromium's start with its own work: the first print starts Chromium's PDF
    /// compositor and loads the fonts (0.1–0.3 s off a 20-task report's print when done here). Calling it again
    /// before the print joins the same start.
    /// </summary>
    /// <param name="cancellationToken">Not observed: the start is shared by every caller and by the print that follows,
    /// so one caller giving up does not stop it; <see cref="DisposeAsync"/> closes what it started.</param>
    public Task PrepareAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _ready ??= WarmPageAsync(BrowserAsync(), IsRemote);
        }
    }

    /// <summary>Prints <paramref name="html"/> (a self-contained document) to <paramref name="pdfPath"/>.</summary>
    /// <param name="html">The document; external resources are not needed and not fetched.</param>
    /// <param name="pdfPath">Output file.</param>
    /// <param name="cancellationToken">Cancels between steps.</param>
    public async Task PrintAsync(string html, string pdfPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentException.ThrowIfNullOrEmpty(pdfPath);
        Task<IPage>? ready;
        lock (_gate)
        {
            (ready, _ready) = (_ready, null);
        }

        await using var page = await (ready ?? OpenPageAsync(await BrowserAsync(), IsRemote));
        cancellationToken.ThrowIfCancellationRequested();
        await PrintPages.LoadAsync(page, HiddenOnScreen(html), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        await page.PdfAsync(pdfPath, PrintPages.ReportOptions);
    }

    private static async Task<IPage> WarmPageAsync(Task<IBrowser> starting, bool remote)
    {
        var page = await OpenPageAsync(await starting, remote);
        try
        {
            // A file page, as the report will be (same site, same renderer), in the report's fonts.
            await PrintPages.LoadAsync(page, WarmUpDocument, CancellationToken.None);
            await page.PdfDataAsync(new PdfOptions { Format = PaperFormat.A4 });
        }
        catch (PuppeteerException)
        {
            // Only a head start: the real print goes ahead without it (and reports what is really wrong).
        }

        return page;
    }

    private const string WarmUpDocument =
        "<!DOCTYPE html><title>warm-up</title><p style=\"font-family:'DejaVu Sans'\">a <b>b</b> <code style=\"font-family:'DejaVu Sans Mono'\">c</code></p>" +
        "<svg width=\"20\" height=\"20\"><text y=\"10\">d</text></svg>";

    /// <summary>The blank tab our Chromium opened at launch (its renderer started with the browser), else a new one;
    /// always a new one in a browser we only connected to, whose tabs are not ours.</summary>
    private static async Task<IPage> OpenPageAsync(IBrowser browser, bool remote)
    {
        var pages = remote ? [] : await browser.PagesAsync();
        var page = pages.Length > 0 && pages[0].Url == "about:blank" ? pages[0] : await browser.NewPageAsync();
        await PrintPages.LockDownAsync(page);
        return page;
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

    /// <summary>Plain <c>--headless</c>: the headless shell's own mode, and the full browser's only one since Chromium 132.</summary>
    private const HeadlessMode PrintHeadlessMode = HeadlessMode.Shell;

    /// <summary>The lab's switches for a headless print browser; its <c>--disable-features</c> repeats PuppeteerSharp's own.</summary>
    internal static IReadOnlyList<string> LaunchArgs(BrowserConfig config)
    {
        var launcherDefaults = Puppeteer.GetDefaultArgs(new LaunchOptions { HeadlessMode = PrintHeadlessMode });
        return ChromiumFlags.For(config, ChromiumFlags.IsRoot(), headless: true, ChromiumFlags.DisabledFeaturesIn(launcherDefaults));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Task<IBrowser>? starting;
        lock (_gate)
        {
            starting = _browser;
        }

        if (starting is null)
        {
            return;
        }

        // A launch still in flight is waited for, so its Chromium is closed too; a failed one has nothing to close.
        await ((Task)starting).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (!starting.IsCompletedSuccessfully)
        {
            return;
        }

        if (IsRemote)
        {
            starting.Result.Disconnect(); // not ours to close
            return;
        }

        await starting.Result.CloseAsync();
        await starting.Result.DisposeAsync();
    }

    private bool IsRemote => !string.IsNullOrWhiteSpace(_config.RemoteEndpoint);

    private Task<IBrowser> BrowserAsync()
    {
        lock (_gate)
        {
            return _browser ??= LaunchAsync();
        }
    }

    private async Task<IBrowser> LaunchAsync()
    {
        try
        {
            if (IsRemote)
            {
                var endpoint = _config.RemoteEndpoint;
                return await Puppeteer.ConnectAsync(endpoint.StartsWith("ws", StringComparison.OrdinalIgnoreCase)
                    ? new ConnectOptions { BrowserWSEndpoint = endpoint }
                    : new ConnectOptions { BrowserURL = endpoint });
            }

            // Chromium prints to PDF only in headless mode.
            return await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = new BrowserDiscovery().Find(_config, headless: true),
                HeadlessMode = PrintHeadlessMode,
                Args = [.. LaunchArgs(_config)],
                Timeout = _config.NavigationTimeoutMs,
            });
        }
        catch (PuppeteerException ex)
        {
            throw new EnvironmentProblemException($"Chromium failed to start: {ex.Message.Split('\n', 2)[0].Trim()}", ex);
        }
    }
}
