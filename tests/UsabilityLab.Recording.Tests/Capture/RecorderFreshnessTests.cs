using Microsoft.Playwright;
using UsabilityLab.Core.Events;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.Capture;

/// <summary>
/// The recorder caches element descriptions until a mutation could have changed them. Each test clicks an element,
/// changes what its description reads (its text, its id, an ancestor's class or role, its place in the tree), clicks
/// it again and expects the second event to carry the new description: a stale one would mis-attribute the click.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RecorderFreshnessTests(BrowserFixture fixture)
{
    private const string Origin = "http://freshness.test/";

    private const string Page = """
        <!doctype html><html><head><style>i { display: inline-block; width: 20px; height: 20px; background: #ccc; }</style></head>
        <body>
          <button type="button" class="buy">Buy</button>
          <div id="tile" class="tile">Tile</div>
          <div id="card"><h2>Old title</h2><p>Body text</p></div>
          <div class="outer"><div class="inner"><i class="dot"></i></div></div>
          <div id="wrap"><span>Go there</span></div>
          <section id="left"><p class="note">Note</p></section><section id="right"></section>
          <button type="button" id="apply">Apply</button> <button type="button" class="other">Before</button>
          <div id="noise"></div>
        </body></html>
        """;

    private Task<RecordedPage> OpenAsync() => RecordedPage.OpenAsync(fixture.Browser, Origin, Page);

    // Clicks, runs the mutation, clicks again; returns both clicks.
    private async Task<(RecordedEvent Before, RecordedEvent After)> ClickChangeClickAsync(string selector, string mutation)
    {
        var (context, page, recorder, journal) = await OpenAsync();
        await using var _ = context;
        await page.Locator(selector).ClickAsync();
        await page.EvaluateAsync(mutation);
        await page.Locator(selector).ClickAsync();
        await recorder.DrainAllAsync(context);
        var clicks = journal.Events.Where(e => e.Kind == EventKind.Click).OrderBy(e => e.TimeMs).ToList();
        Assert.Equal(2, clicks.Count);
        return (clicks[0], clicks[1]);
    }

    [Fact]
    public async Task Click_AfterItsTextChanged_CarriesTheNewNameAndText()
    {
        var (before, after) = await ClickChangeClickAsync(".buy", "() => { document.querySelector('.buy').textContent = 'Sold out'; }");

        Assert.Equal(("role=button[name=\"Buy\"]", "Buy"), (before.Selector, before.Text));
        Assert.Equal(("role=button[name=\"Sold out\"]", "Sold out"), (after.Selector, after.Text));
    }

    [Fact]
    public async Task Click_AfterItsIdChanged_CarriesTheNewSelector()
    {
        var (before, after) = await ClickChangeClickAsync(".tile", "() => { document.querySelector('.tile').id = 'renamed'; }");

        Assert.Equal("#tile", before.Selector);
        Assert.Equal("#renamed", after.Selector);
    }

    [Fact]
    public async Task Click_AfterTheNamedAncestorsChildrenChanged_CarriesItsNewText()
    {
        var (before, after) = await ClickChangeClickAsync("#card p", "() => { document.querySelector('#card h2').replaceChildren('New title'); }");

        Assert.Equal(("#card", "Old title Body text"), (before.Selector, before.Text));
        Assert.Equal(("#card", "New title Body text"), (after.Selector, after.Text));
    }

    [Fact]
    public async Task Click_AfterAnAncestorsClassChanged_CarriesTheNewCssPath()
    {
        var (before, after) = await ClickChangeClickAsync("i.dot", "() => { document.querySelector('.outer').className = 'shell'; }");

        Assert.Equal("div.outer > div.inner > i.dot", before.Selector);
        Assert.Equal("div.shell > div.inner > i.dot", after.Selector);
    }

    [Fact]
    public async Task Click_AfterAnAncestorBecameAButton_IsInteractive()
    {
        var (before, after) = await ClickChangeClickAsync("#wrap span", "() => { document.querySelector('#wrap').setAttribute('role', 'button'); }");

        Assert.False(before.Interactive);
        Assert.True(after.Interactive);
        Assert.Equal("#wrap", after.Selector);
    }

    [Fact]
    public async Task Click_AfterTheElementMovedToAnotherParent_IsNamedByItsNewAncestor()
    {
        var (before, after) = await ClickChangeClickAsync(".note", "() => { document.querySelector('#right').appendChild(document.querySelector('.note')); }");

        Assert.Equal("#left .note", before.Selector);
        Assert.Equal("#right .note", after.Selector);
    }

    [Fact]
    public async Task Click_AfterAnUnrelatedMutation_KeepsItsDescription()
    {
        var (before, after) = await ClickChangeClickAsync(".buy", "() => { const n = document.querySelector('#noise'); n.className = 'busy'; n.textContent = 'x'; }");

        Assert.Equal((before.Selector, before.Text, before.Interactive), (after.Selector, after.Text, after.Interactive));
    }

    [Fact]
    public async Task Focus_MovedByAHandlerRightAfterItChangedTheText_CarriesTheNewText()
    {
        var (context, page, recorder, journal) = await OpenAsync();
        await using var _ = context;
        await page.Locator(".other").ClickAsync(); // described (and cached) as "Before"
        await page.EvaluateAsync("""
            () => document.querySelector('#apply').addEventListener('click', () => {
              const other = document.querySelector('.other');
              other.textContent = 'After';
              other.focus(); // in the same task: the observer has not been called yet
            })
            """);

        await page.Locator("#apply").ClickAsync();
        await recorder.DrainAllAsync(context);

        var focus = journal.Events.Where(e => e.Kind == EventKind.Focus).OrderBy(e => e.TimeMs).ToList();
        Assert.Equal(["role=button[name=\"Before\"]", "#apply", "role=button[name=\"After\"]"], focus.Select(e => e.Selector));
        Assert.Equal("After", focus[^1].Text);
    }

    // A page whose parsing waits at a script until the test lets it through (what happens before DOMContentLoaded),
    // with a script after it that runs before DOMContentLoaded.
    private Task<RecordedPage> OpenParsingAsync(
        string body, string scriptAfterHeld, Task held)
    {
        var page = $"""
            <!doctype html><html><body>
              {body}
              <script src="held.js"></script>
              <script>{scriptAfterHeld}</script>
            </body></html>
            """;
        return RecordedPage.OpenAsync(fixture.Browser, Origin, page, waitUntil: WaitUntilState.Commit, moreRoutes: context => context.RouteAsync(Origin + "held.js", async route =>
        {
            await held;
            await route.FulfillAsync(new() { Status = 200, ContentType = "text/javascript", Body = "" });
        }));
    }

    // Lets the held script through and waits for DOMContentLoaded (without Playwright's load-state wait, which can miss it).
    private static async Task FinishParsingAsync(IPage page, TaskCompletionSource held)
    {
        held.TrySetResult();
        await page.WaitForFunctionAsync("() => document.readyState !== 'loading'");
    }

    [Fact]
    public async Task Click_WhileThePageParsed_IsDescribedAnewAfterTheParserChangedIt()
    {
        // The observer starts watching at DOMContentLoaded; a description made before then must not outlive a change
        // made while the page was still parsing.
        var held = new TaskCompletionSource();
        var (context, page, recorder, journal) = await OpenParsingAsync(
            """<button type="button" class="buy">Buy</button>""", "document.querySelector('.buy').textContent = 'Sold out';", held.Task);
        try
        {
            await page.Locator(".buy").ClickAsync();
            Assert.Equal("loading", await page.EvaluateAsync<string>("() => document.readyState"));
            await FinishParsingAsync(page, held);
            await page.Locator(".buy").ClickAsync();
            await recorder.DrainAllAsync(context);
        }
        finally
        {
            held.TrySetResult();
            await context.DisposeAsync();
        }

        var clicks = journal.Events.Where(e => e.Kind == EventKind.Click).OrderBy(e => e.TimeMs).ToList();
        Assert.Equal(["Buy", "Sold out"], clicks.Select(e => e.Text));
        Assert.Equal("role=button[name=\"Sold out\"]", clicks[1].Selector);
    }

    [Fact]
    public async Task Click_InAPanelAddedWhileThePageParsed_IsNotRecorded()
    {
        // The recorder looks for the lab's panel at a mouse move before DOMContentLoaded and finds none; the panel
        // comes before the observer watches, so nothing reports its arrival.
        var held = new TaskCompletionSource();
        var (context, page, recorder, journal) = await OpenParsingAsync("""<button type="button" class="buy">Buy</button>""", "", held.Task);
        try
        {
            await page.Mouse.MoveAsync(5, 5);
            await page.EvaluateAsync("""
                () => {
                  const panel = document.createElement('div');
                  panel.setAttribute('data-usabilitylab-ignore', '');
                  panel.innerHTML = '<button type="button" id="next-task">Next task</button>';
                  document.body.prepend(panel);
                }
                """);
            Assert.Equal("loading", await page.EvaluateAsync<string>("() => document.readyState"));
            await FinishParsingAsync(page, held);
            await page.Locator("#next-task").ClickAsync();
            await page.Locator(".buy").ClickAsync();
            await recorder.DrainAllAsync(context);
        }
        finally
        {
            held.TrySetResult();
            await context.DisposeAsync();
        }

        var clicks = journal.Events.Where(e => e.Kind == EventKind.Click).ToList();
        Assert.Equal(["Buy"], clicks.Select(e => e.Text));
    }
}
