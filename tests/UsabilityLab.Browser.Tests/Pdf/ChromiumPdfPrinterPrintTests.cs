using UglyToad.PdfPig;
using UsabilityLab.Browser.Pdf;
using UsabilityLab.Browser.Tests.Support;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Browser.Tests.Pdf;

/// <summary>Prints with the real Chromium and reads the PDF back, as a stakeholder's viewer would.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChromiumPdfPrinterPrintTests(BrowserFixture fixture)
{
    [Fact]
    public async Task PrintAsync_TwoPageDocument_PdfCarriesItsTextAndTheMarginBoxHeaders()
    {
        const string html = "<!DOCTYPE html><html><head><style>" +
            "@page { @top-left { content: 'Acme checkout study' } @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages) } }" +
            "</style></head><body><h1>Findings</h1><p style=\"break-before: page\">Second</p></body></html>";

        var pages = await PrintAsync(html);

        Assert.Equal(2, pages.Count);
        Assert.Contains("Findings", pages[0]);
        Assert.Contains("Acmecheckoutstudy", pages[0]);
        Assert.Contains("Page1of2", pages[0]);
        Assert.Contains("Page2of2", pages[1]);
    }

    [Fact]
    public async Task PrintAsync_DocumentWithScript_ScriptNeverRuns()
    {
        var pages = await PrintAsync("<!DOCTYPE html><html><head></head><body><p id=\"p\">static</p>" +
            "<script>document.getElementById('p').textContent = 'scripted';</script></body></html>");

        Assert.Contains("static", pages[0]);
        Assert.DoesNotContain("scripted", pages[0]);
    }

    [Fact]
    public async Task PrintAsync_DocumentReferencingAServer_FetchesNothing()
    {
        using var server = new CountingServer();
        var url = $"http://127.0.0.1:{server.Port}";

        var pages = await PrintAsync($"<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"{url}/style.css\"></head>" +
            $"<body><p>offline</p><img src=\"{url}/pixel.png\"></body></html>");

        Assert.Contains("offline", pages[0]);
        Assert.Equal(0, server.Connections);
    }

    private async Task<List<string>> PrintAsync(string html)
    {
        var pdf = Path.Combine(Path.GetTempPath(), $"usabilitylab-printer-{Guid.NewGuid():N}.pdf");
        try
        {
            await using (var printer = new ChromiumPdfPrinter(fixture.Config))
            {
                await printer.PrepareAsync(CancellationToken.None);
                await printer.PrintAsync(html, pdf, CancellationToken.None);
            }

            // PdfPig joins letters without the spaces Chromium positions between words.
            using var document = PdfDocument.Open(pdf);
            return document.GetPages().Select(p => p.Text.Replace(" ", "", StringComparison.Ordinal)).ToList();
        }
        finally
        {
            File.Delete(pdf);
        }
    }
}
