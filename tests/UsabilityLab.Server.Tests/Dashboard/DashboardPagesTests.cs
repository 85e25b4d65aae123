using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SkiaSharp;

namespace UsabilityLab.Server.Tests.Dashboard;

/// <summary>
/// Every page of the dashboard over two recorded demo runs, walked by links from <c>/</c> in a real Chromium: what a
/// person sees on each, and axe-core finds no serious or critical violation on any.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed partial class DashboardPagesTests(DashboardFixture fixture)
{
    [Fact]
    public async Task Studies_FromTheRoot_ShowTheDemoStudyWithBothRunsItsLightsAndATrend()
    {
        var page = await fixture.OpenAsync("/");

        var row = page.Locator("table.list tbody tr", new() { HasText = "Demo shop" });
        Assert.Equal("2", (await row.Locator("td").Nth(1).InnerTextAsync()).Trim());
        Assert.Contains($"#{fixture.Runs.Second}", await row.Locator("td").Nth(2).InnerTextAsync(), StringComparison.Ordinal);
        // The coupon's "Apply" throws on every click: no participant can complete it, in any run.
        Assert.Matches(@"Red\s*Apply a coupon: 0 of 4 \(0 %\)", await row.Locator("ul.lights").InnerTextAsync());
        Assert.Equal(1, await row.Locator("svg.sparkline polyline").CountAsync());
        await Accessibility.AssertCleanAsync(page, fixture.Axe);
    }

    [Fact]
    public async Task Study_ReachedByItsLink_ListsRunsAndDrawsATrendPerTaskWithTheGate()
    {
        var page = await fixture.OpenAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Demo shop" }).ClickAsync();
        await page.WaitForURLAsync("**/studies/Demo%20shop");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Demo shop");
        Assert.Equal(2, await page.Locator("table.list tbody tr").CountAsync());
        var trends = page.Locator("section.trend");
        Assert.Equal(["Find running shoes", "Search for a headlamp", "Apply a coupon", "Check out", "Find the returns policy"], (await trends.Locator("h3").AllInnerTextsAsync()).Take(5));
        var coupon = trends.Filter(new() { HasText = "Apply a coupon" });
        Assert.Contains("successRate >= 0.8", await coupon.Locator("code").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await coupon.Locator("svg").CountAsync()); // completion and time
        await Accessibility.AssertCleanAsync(page, fixture.Axe);
    }

    [Fact]
    public async Task Run_ReachedFromTheStudy_ShowsPercentagesGatesFindingsAndDownloads()
    {
        var page = await fixture.OpenAsync(Study());
        await page.GetByRole(AriaRole.Link, new() { Name = $"#{fixture.Runs.First}", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/runs/{fixture.Runs.First}");

        // Enhanced navigation changes the address before it swaps the page: wait for what a person waits for.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Run {fixture.Runs.First}: Demo shop");
        var coupon = page.Locator("table.list tbody tr", new() { HasText = "Apply a coupon" });
        Assert.Contains("0 of 4 (0 %)", await coupon.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("misses successRate >= 0.8", await coupon.InnerTextAsync(), StringComparison.Ordinal);
        var findings = await page.Locator("ol.findings").InnerTextAsync();
        Assert.Contains("“Apply” button on /cart throws a JavaScript error", findings, StringComparison.Ordinal);
        foreach (var label in new[] { "PDF report", "HTML report", "CSV (zip)", "JSON" })
        {
            Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = label, Exact = true }).CountAsync());
        }

        await Accessibility.AssertCleanAsync(page, fixture.Axe);
    }

    [Fact]
    public async Task Task_Heatmap_HottestPixelOfTheClickLayerIsOnTheMostClickedElement()
    {
        var page = await fixture.OpenAsync(Run(fixture.Runs.First));
        await page.GetByRole(AriaRole.Link, new() { Name = "Apply a coupon", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/tasks/apply-coupon");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Apply a coupon");

        // The most clicked elements come first; ties share the top.
        var boxes = page.Locator(".live-heatmap a.box");
        var titles = await boxes.EvaluateAllAsync<string[]>("els => els.map(e => e.title)");
        var clicks = titles.Select(t => int.Parse(ClicksIn().Match(t).Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();
        var top = await boxes.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.box)");
        var layerUrl = await page.Locator(".live-heatmap img.layer").GetAttributeAsync("src");
        using var layer = SKBitmap.Decode(await (await page.APIRequest.GetAsync(new Uri(fixture.Server.Root, layerUrl).ToString())).BodyAsync());
        var (x, y) = Hottest(layer);

        var onTop = top.Where((_, i) => clicks[i] == clicks.Max()).Select(Box).ToArray();
        Assert.True(onTop.Any(b => x >= b.X - 4 && x <= b.X + b.W + 4 && y >= b.Y - 4 && y <= b.Y + b.H + 4), $"hottest pixel ({x}, {y}) is on none of the most clicked elements: {string.Join(" | ", top)}");
        await Accessibility.AssertCleanAsync(page, fixture.Axe);
    }

    [Fact]
    public async Task Task_ChoosingAnotherPage_ShowsThatPagesPictureAndClicks()
    {
        // Finding the shoes takes three pages (home, category, product): each has its own heatmap.
        var page = await fixture.OpenAsync($"{Run(fixture.Runs.First)}/tasks/find-product");
        var pages = page.Locator("nav[aria-label='Page and view'] a");
        Assert.True(await pages.CountAsync() >= 3, string.Join(" | ", await pages.AllInnerTextsAsync()));
        var other = await pages.Nth(1).InnerTextAsync(); // e.g. "/category/shoes at 1280 px (8)"

        await pages.Nth(1).ClickAsync();

        await Assertions.Expect(page.Locator(".live-heatmap figcaption")).ToContainTextAsync(other[..other.LastIndexOf(" (", StringComparison.Ordinal)]);
        var picture = await page.Locator(".live-heatmap img.picture").GetAttributeAsync("src");
        Assert.EndsWith("/tasks/find-product/views/1/picture", picture, StringComparison.Ordinal);
        Assert.Equal(200, (await page.APIRequest.GetAsync(new Uri(fixture.Server.Root, picture).ToString())).Status);
        await Accessibility.AssertCleanAsync(page, fixture.Axe);
    }

    [Fact]
    public async Task Task_ScrollLayer_DrawsTheFoldAndNeverGetsLighterDeeper()
    {
        // "Place order" sits below the first screen of the checkout: everybody scrolls there.
        var page = await fixture.OpenAsync($"{Run(fixture.Runs.First)}/tasks/check-out");
        await page.GetByRole(AriaRole.Link, new() { Name = "Scroll reach" }).ClickAsync();
        await Assertions.Expect(page.Locator(".live-heatmap img.layer")).ToHaveAttributeAsync("src", new Regex("/layers/scroll.png$"));

        using var layer = await PictureAsync(page, (await page.Locator(".live-heatmap img.layer").GetAttributeAsync("src"))!);

        var foldRow = Enumerable.Range(0, layer.Width).Count(x => layer.GetPixel(x, 800) is { Red: > 150, Green: < 90, Alpha: > 200 });
        Assert.True(foldRow > layer.Width / 3, $"the fold line at y = 800 has {foldRow} red pixels of {layer.Width}");
        var tint = Enumerable.Range(0, layer.Height / 50).Select(i => layer.GetPixel(10, (i * 50) + 25).Alpha).Where((_, i) => Math.Abs((i * 50) + 25 - 800) > 5).ToArray();
        Assert.Equal(tint.Order(), tint); // fewer people saw deeper: the tint only darkens
        await Accessibility.AssertCleanAsync(page, fixture.Axe);
    }

    [Fact]
    public async Task Task_SignalMarker_OpensThatSessionAtThatMoment()
    {
        var page = await fixture.OpenAsync($"{Run(fixture.Runs.First)}/tasks/apply-coupon");
        // The last marker is drawn on top of any it overlaps: the one a click lands on.
        var marker = page.Locator(".live-heatmap a.marker").Last;
        var said = await marker.GetAttributeAsync("title"); // e.g. "Error click by P02 at 71.3 s on “Apply”"
        var parts = MarkerTitle().Match(said!);
        Assert.True(parts.Success, said);

        await marker.ClickAsync();
        await page.WaitForURLAsync($"**/sessions/{parts.Groups["who"].Value}?t={parts.Groups["at"].Value}#t={parts.Groups["at"].Value}");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(new Regex($"^Session of {parts.Groups["who"].Value}\\s+· run {fixture.Runs.First}$"));
        var moment = page.Locator("ol.timeline li:target");
        Assert.StartsWith(parts.Groups["at"].Value + " s", await moment.Locator(".time").InnerTextAsync(), StringComparison.Ordinal);
        var sameTime = await page.Locator("ol.timeline li", new() { Has = page.Locator($"a.time:text-is('{parts.Groups["at"].Value} s')") }).AllInnerTextsAsync();
        Assert.Contains(sameTime, line => line.Contains(parts.Groups["kind"].Value, StringComparison.Ordinal));
        await Accessibility.AssertCleanAsync(page, fixture.Axe);
    }

    [Fact]
    public async Task Sessions_SortedByScore_FilterBySignalKeepsOnlyThoseWithIt()
    {
        var page = await fixture.OpenAsync(Run(fixture.Runs.First));
        await page.GetByRole(AriaRole.Link, new() { Name = "Sessions (4)" }).ClickAsync();
        await page.WaitForURLAsync("**/sessions");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Sessions");

        var scores = (await page.Locator("table.list tbody tr td:nth-child(2)").AllInnerTextsAsync()).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(4, scores.Length);
        Assert.Equal(scores.OrderByDescending(s => s), scores);

        await page.GetByLabel("Signal").SelectOptionAsync(new SelectOptionValue { Label = "Error click" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.WaitForURLAsync("**signal=ErrorClick**");
        var signals = await page.Locator("table.list tbody tr td:nth-child(4)").AllInnerTextsAsync();
        Assert.NotEmpty(signals); // everybody clicks the broken "Apply"
        Assert.All(signals, s => Assert.Contains("error click", s, StringComparison.Ordinal));
        await Accessibility.AssertCleanAsync(page, fixture.Axe);
    }

    [Fact]
    public async Task Session_Timeline_HasEveryTaskAndNeverWhatWasTyped()
    {
        var page = await fixture.OpenAsync($"{Run(fixture.Runs.First)}/sessions/P01");

        var tasks = await page.Locator("ol.timeline li.tl-task .what").AllInnerTextsAsync();
        Assert.Equal(10, tasks.Count); // five tasks, started and ended
        Assert.Contains(tasks, t => t.StartsWith("Task “Apply a coupon” ended", StringComparison.Ordinal));
        // The demo types the coupon code WINTER20 into the cart's field: the timeline says a field was typed in, not what.
        Assert.DoesNotContain("WINTER20", await page.Locator("ol.timeline").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertCleanAsync(page, fixture.Axe);
    }

    [Fact]
    public async Task Session_MomentOfAClick_ShowsTheScreenWithThatClickRingedInRed()
    {
        var page = await fixture.OpenAsync($"{Run(fixture.Runs.First)}/sessions/P01");
        var click = page.Locator("ol.timeline li.tl-click").First;
        var at = double.Parse((await click.Locator(".time").InnerTextAsync()).Replace(" s", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

        await click.Locator(".time").ClickAsync();
        await Assertions.Expect(page.Locator("figure.moment figcaption")).ToContainTextAsync($"At {at.ToString("0.0", CultureInfo.InvariantCulture)} s");
        var shown = await page.Locator("figure.moment img").GetAttributeAsync("src");
        using var withClick = await PictureAsync(page, shown!);
        using var before = await PictureAsync(page, shown!.Replace($"t={at.ToString("0.0", CultureInfo.InvariantCulture)}", $"t={(at - 0.1).ToString("0.0", CultureInfo.InvariantCulture)}", StringComparison.Ordinal));

        Assert.Equal((1280, 800), (withClick.Width, withClick.Height)); // the study's screen, not the whole page
        var changed = Changed(before, withClick);
        Assert.True(changed.Count > 20, $"the click at {at} s drew {changed.Count} pixels");
        // The click adds its ring (a 16 px circle, 3 px wide: about 300 red pixels); the pointer's path and dot move too.
        var red = changed.Count(c => c.Red > 150 && c.Red > c.Green * 2 && c.Red > c.Blue * 2);
        Assert.True(red > 150, $"the click at {at} s added {red} red pixels of {changed.Count} changed");
        await Accessibility.AssertCleanAsync(page, fixture.Axe);
    }

    [Fact]
    public async Task Session_NoteAddedAtAMoment_AppearsOnTheTimelineEscaped()
    {
        var page = await fixture.OpenAsync($"{Run(fixture.Runs.Second)}/sessions/P03");
        var click = page.Locator("ol.timeline li.tl-click").Nth(1);
        var at = (await click.Locator(".time").InnerTextAsync()).Replace(" s", "", StringComparison.Ordinal);
        await click.Locator(".time").ClickAsync();
        await Assertions.Expect(page.Locator("#note-heading")).ToHaveTextAsync($"Add a note at {at} s");
        await Accessibility.AssertCleanAsync(page, fixture.Axe);

        await page.GetByLabel("Kind").SelectOptionAsync("Quote");
        await page.GetByLabel("Severity").SelectOptionAsync("3");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Note" }).FillAsync("She said: <b>where</b> is the code field?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();

        var note = page.Locator("ol.timeline li.tl-note");
        await Assertions.Expect(note).ToContainTextAsync("Note (quote, severity 3): She said: <b>where</b> is the code field?");
        Assert.StartsWith(at + " s", await note.Locator(".time").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await note.Locator("b").CountAsync()); // the page's own text, never its markup
    }

    [Fact]
    public async Task Compare_FromTheRunPage_ShowsBothRunsSideBySide()
    {
        var page = await fixture.OpenAsync(Run(fixture.Runs.Second));
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await page.WaitForURLAsync($"**/compare?a={fixture.Runs.Second}&b={fixture.Runs.First}");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Run {fixture.Runs.Second} compared with run {fixture.Runs.First}");
        var comparison = await page.Locator("main").InnerTextAsync();
        Assert.Contains($"Run {fixture.Runs.Second} (", comparison, StringComparison.Ordinal);
        Assert.Contains($"Run {fixture.Runs.First} (", comparison, StringComparison.Ordinal);
        Assert.Contains("Apply a coupon", comparison, StringComparison.Ordinal);
        await Accessibility.AssertCleanAsync(page, fixture.Axe);
    }

    [Fact]
    public async Task NotFound_UnknownRunOrTask_Is404WithAWayBack()
    {
        var context = await fixture.Browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        foreach (var path in new[] { "/runs/999999", $"{Run(fixture.Runs.First)}/tasks/no-such-task", "/studies/Nobody", "/no/such/page" })
        {
            var response = await page.GotoAsync(new Uri(fixture.Server.Root, path).ToString());
            Assert.Equal(404, response!.Status);
            Assert.Equal("Not found", await page.Locator("h1").InnerTextAsync());
        }

        await Accessibility.AssertCleanAsync(page, fixture.Axe);
    }

    private static string Study() => "/studies/Demo%20shop";

    private static string Run(long id) => "/runs/" + id.ToString(CultureInfo.InvariantCulture);

    private static (double X, double Y, double W, double H) Box(string box)
    {
        var v = box.Split(' ').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return (v[0], v[1], v[2], v[3]);
    }

    private async Task<SKBitmap> PictureAsync(IPage page, string path)
    {
        var response = await page.APIRequest.GetAsync(new Uri(fixture.Server.Root, path).ToString());
        Assert.Equal(200, response.Status);
        return SKBitmap.Decode(await response.BodyAsync());
    }

    /// <summary>The pixels of <paramref name="after"/> that differ clearly from <paramref name="before"/> (JPEG noise aside).</summary>
    private static List<SKColor> Changed(SKBitmap before, SKBitmap after)
    {
        var changed = new List<SKColor>();
        for (var y = 0; y < after.Height; y++)
        {
            for (var x = 0; x < after.Width; x++)
            {
                var (a, b) = (before.GetPixel(x, y), after.GetPixel(x, y));
                if (Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue) > 120)
                {
                    changed.Add(b);
                }
            }
        }

        return changed;
    }

    /// <summary>The layer's most opaque pixel: the layer is the density alone, so its opacity is the heat.</summary>
    private static (int X, int Y) Hottest(SKBitmap layer)
    {
        var (best, at) = (-1, (0, 0));
        for (var y = 0; y < layer.Height; y++)
        {
            for (var x = 0; x < layer.Width; x++)
            {
                var alpha = layer.GetPixel(x, y).Alpha;
                if (alpha > best)
                {
                    (best, at) = (alpha, (x, y));
                }
            }
        }

        return at;
    }

    [GeneratedRegex(@": (\d+) clicks")]
    private static partial Regex ClicksIn();

    [GeneratedRegex(@"^(?<kind>.+?) by (?<who>\S+) at (?<at>[0-9.]+) s on ")]
    private static partial Regex MarkerTitle();
}
