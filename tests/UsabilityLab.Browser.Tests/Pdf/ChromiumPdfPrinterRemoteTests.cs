using System.Diagnostics;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UsabilityLab.Browser.Pdf;
using UsabilityLab.Browser.Tests.Support;

namespace UsabilityLab.Browser.Tests.Pdf;

/// <summary>A browser named by <c>remoteEndpoint</c> is someone else's: the printer uses a tab of its own and leaves it running.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChromiumPdfPrinterRemoteTests(BrowserFixture fixture)
{
    [Fact]
    public async Task PrintAsync_RemoteBrowser_PrintsInItsOwnTabAndLeavesTheBrowserRunning()
    {
        var profile = Directory.CreateTempSubdirectory("usabilitylab-remote-");
        var executable = new BrowserDiscovery().Find(fixture.Config, headless: true);
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true };
        foreach (var arg in ChromiumFlags.For(fixture.Config, ChromiumFlags.IsRoot(), headless: true)
            .Concat(["--headless", "--remote-debugging-port=0", $"--user-data-dir={profile.FullName}", "about:blank"]))
        {
            start.ArgumentList.Add(arg);
        }

        using var chromium = Process.Start(start)!;
        var pdf = Path.Combine(profile.FullName, "remote.pdf");
        try
        {
            var endpoint = await DevToolsEndpointAsync(chromium);
            await using (var printer = new ChromiumPdfPrinter(fixture.Config with { RemoteEndpoint = endpoint }))
            {
                await printer.PrepareAsync(CancellationToken.None);
                await printer.PrintAsync("<!DOCTYPE html><html><head></head><body><p>remote</p></body></html>", pdf, CancellationToken.None);
            }

            using var document = PdfDocument.Open(pdf);
            Assert.Contains("remote", document.GetPage(1).Text);
            Assert.False(chromium.HasExited);
        }
        finally
        {
            chromium.Kill(entireProcessTree: true);
            await chromium.WaitForExitAsync();
            profile.Delete(recursive: true);
        }
    }

    /// <summary>Chromium prints "DevTools listening on ws://…" on stderr once it accepts connections.</summary>
    private static async Task<string> DevToolsEndpointAsync(Process chromium)
    {
        while (await chromium.StandardError.ReadLineAsync() is { } line)
        {
            if (Regex.Match(line, @"DevTools listening on (?<url>ws://\S+)") is { Success: true } match)
            {
                return match.Groups["url"].Value;
            }
        }

        throw new InvalidOperationException("Chromium exited without a DevTools endpoint");
    }
}
