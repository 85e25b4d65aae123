using UsabilityLab.Recording.Pdf;

namespace UsabilityLab.Recording.Tests.Pdf;

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
}
