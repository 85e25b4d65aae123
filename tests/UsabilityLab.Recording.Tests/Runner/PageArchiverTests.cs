using UsabilityLab.Recording.Runner;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>An archive is taken while the participant goes on; its header tells which page it really saved.</summary>
public sealed class PageArchiverTests
{
    [Fact]
    public void SavedLocation_BlinkHeader_TheSavedUrl()
    {
        const string Mhtml = "From: <Saved by Blink>\r\nSnapshot-Content-Location: http://127.0.0.1:5000/cart?step=2\r\nSubject: Cart\r\n\r\n"
            + "Content-Location: http://127.0.0.1:5000/other\r\n";

        Assert.Equal("http://127.0.0.1:5000/cart?step=2", PageArchiver.SavedLocation(Mhtml));
    }

    [Fact]
    public void SavedLocation_FoldedLongUrl_JoinedAgain()
    {
        const string Mhtml = "From: <Saved by Blink>\r\nSnapshot-Content-Location: http://shop.test/search?q=trail\r\n runner&page=2\r\nSubject: x\r\n\r\nbody";

        Assert.Equal("http://shop.test/search?q=trailrunner&page=2", PageArchiver.SavedLocation(Mhtml));
    }

    [Fact]
    public void SavedLocation_NoSuchHeaderBeforeTheBody_Null()
    {
        Assert.Null(PageArchiver.SavedLocation("From: <Saved by Blink>\r\n\r\nSnapshot-Content-Location: http://late.test/\r\n"));
    }
}
