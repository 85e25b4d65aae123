using UsabilityLab.Browser.Pdf;

namespace UsabilityLab.Browser.Tests.Pdf;

public sealed class ChromiumPdfPrinterTests
{
    [Fact]
    public void HiddenOnScreen_Document_GetsTheScreenOnlyRuleAtTheEndOfItsHead()
    {
        var html = ChromiumPdfPrinter.HiddenOnScreen("<!DOCTYPE html><html><head><title>R</title></HEAD><body>x</body></html>");

        Assert.Equal("<!DOCTYPE html><html><head><title>R</title><style>@media screen { html { display: none } }</style></HEAD><body>x</body></html>", html);
    }

    [Fact]
    public void HiddenOnScreen_NoHead_PrintsTheDocumentAsItIs()
    {
        Assert.Equal("<p>plain</p>", ChromiumPdfPrinter.HiddenOnScreen("<p>plain</p>"));
    }

    [Fact]
    public void LaunchArgs_DisableFeatures_OneSwitchWithPuppeteersListAndWithoutTheOmniboxPopups()
    {
        var args = ChromiumPdfPrinter.LaunchArgs(new BrowserConfig { Args = ["--disable-features=Foo"] });

        // Chromium keeps only the last --disable-features switch; ours comes after PuppeteerSharp's and must repeat it.
        var puppeteers = ChromiumFlags.DisabledFeaturesIn(PuppeteerSharp.Puppeteer.GetDefaultArgs(new PuppeteerSharp.LaunchOptions { HeadlessMode = PuppeteerSharp.HeadlessMode.Shell }));
        var ours = ChromiumFlags.DisabledFeaturesIn(args);
        Assert.Single(args, a => a.StartsWith("--disable-features=", StringComparison.Ordinal));
        Assert.NotEmpty(puppeteers);
        Assert.All(puppeteers, feature => Assert.Contains(feature, ours));
        Assert.Contains("WebUIOmniboxPopup", ours);
        Assert.Contains("Foo", ours);
        Assert.Contains("--disable-gpu", args);
    }
}
