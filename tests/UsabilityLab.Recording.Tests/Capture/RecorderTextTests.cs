using UsabilityLab.Core.Events;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.Capture;

/// <summary>
/// An element's recorded text reads as a person reads the screen: boxes that stand apart (flex items, inline blocks,
/// blocks) are separated by a space, inline runs stay joined. Clicked in a real Chromium, read from the stored event.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RecorderTextTests(BrowserFixture fixture)
{
    private const string Origin = "http://text.test/";

    private const string Page = """
        <!doctype html><html><head><style>
          .row { display: flex; gap: 12px; } .tag { padding: 2px 8px; } .badge { display: inline-block; padding: 0 6px; }
          .toolbar { display: flex; }
        </style></head><body>
          <p id="promo" class="row"><span class="tag">Sale</span><strong>Winter sale: 20% off</strong><span>Use code WINTER20</span></p>
          <div id="toolbar" class="toolbar"><span>Open</span><span>Recent</span></div>
          <a id="cart" href="#cart">Cart<span class="badge">3</span></a>
          <div id="word"><b>W</b>ord and <em>emphasis</em>, inline</div>
        </body></html>
        """;

    private async Task<RecordedEvent> ClickAsync(string selector)
    {
        var (context, page, recorder, journal) = await RecordedPage.OpenAsync(fixture.Browser, Origin, Page);
        await using var _ = context;
        await page.Locator(selector).ClickAsync();
        await recorder.DrainAllAsync(context);
        return Assert.Single(journal.Events, e => e.Kind == EventKind.Click);
    }

    [Theory]
    // The strong has no class or id of its own: the click is named after the paragraph and reads all of it.
    [InlineData("#promo strong", "Sale Winter sale: 20% off Use code WINTER20")] // a flex row: "SaleWinter sale…" before
    [InlineData("#toolbar span >> nth=0", "Open Recent")] // flex items: "OpenRecent" before
    [InlineData("#cart", "Cart 3")] // an inline-block badge inside a link
    [InlineData("#word b", "Word and emphasis, inline")] // inline runs stay joined as written
    public async Task Click_OnElement_TextReadsAsAPersonSeesIt(string selector, string expected)
    {
        var click = await ClickAsync(selector);

        Assert.Equal(expected, click.Text);
    }
}
