using SkiaSharp;
using UsabilityLab.Browser;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;
using UsabilityLab.Reporting.Heatmaps;
using UsabilityLab.Reporting.Tests.Heatmaps;

namespace UsabilityLab.Recording.Tests.RealWorld;

/// <summary>
/// A state backdrop under an SPA click: Swagger UI's Authorize dialog opens over the page without changing its URL.
/// The click made in the dialog is drawn on a picture of the page with the dialog open, not on the page as it loaded.
/// </summary>
[Collection(RealWorldCollection.Name)]
public sealed class StateBackdropTests(RealWorldCorpus corpus)
{
    [Fact]
    public async Task SwaggerAuthorize_ClickInTheOpenedDialog_IsDrawnOnAPictureOfTheDialog()
    {
        var study = corpus.LoadStudy("swagger-ui");
        study = study with { Tasks = [.. study.Tasks.Where(t => t.Id == "authorize")] };
        var journal = new MemoryJournal();
        var attempts = await new ScriptedRunner(corpus.Config).RunAsync(study, journal, new ScriptedRunOptions { PersonaMode = PersonaMode.Exact, Participants = 1 });
        Assert.Equal(AttemptOutcome.Success, Assert.Single(attempts).Outcome);
        await using (var browser = await LabBrowser.LaunchAsync(corpus.Config, headless: true))
        {
            await journal.PaintArchivesAsync(browser.Browser);
        }

        var events = journal.Events.ToArray();
        // The task is done once the credentials are applied: the last click is the dialog's Authorize button.
        var apply = events.Last(e => e.Kind == EventKind.Click && e.Selector == "role=button[name=\"Apply credentials\"]");
        var page = PageActivityGrouping.Group(events).Single(p => p.Clicks.Contains(apply));
        // In the order they were kept: the page as first seen first.
        var order = journal.Archives.Select(a => (a.PageKey, a.ViewportWidth, a.State)).ToList();
        var pictures = journal.Snapshots
            .Where(s => s.PageKey == page.Layout.PageKey && s.ViewportWidth == page.Layout.ViewportWidth)
            .OrderBy(s => order.IndexOf((s.PageKey, s.ViewportWidth, s.State)))
            .ToArray();
        var pictured = pictures.Select(p => p.State).ToArray();

        var view = UiStates.Of(events).Split(page, pictured).Single(v => v.Clicks.Contains(apply));

        Assert.NotEqual(pictured[0], view.State);
        Assert.StartsWith("after '", view.Name, StringComparison.Ordinal);
        var dialog = pictures.Single(p => p.State == view.State);
        var options = new HeatmapOptions();
        var heat = ClickHeatmapRenderer.Render(dialog, [.. view.Clicks.Select(c => new HeatPoint(c.X!.Value, c.Y!.Value))], [], HeatmapKind.Click, options);
        var bare = ClickHeatmapRenderer.Render(dialog, [], [], HeatmapKind.Click, options);
        var (x, y) = HeatDecoder.Hottest(heat, bare, options.MaxOpacity, dialog.Width, dialog.Height);
        var box = PageActivityGrouping.Box(apply)!.Value;
        Assert.True(box.Contains(x, y, margin: DensityMap.DefaultSigma), $"hottest point ({x:0}, {y:0}) is not on the Apply credentials button {box}");
        // What is under it is the dialog: its picture has the button there, and the page as first seen has something else
        // (Swagger UI darkens the page behind the dialog, so the rest of its first screen is darker too).
        using var shown = SKBitmap.Decode(dialog.Image);
        using var first = SKBitmap.Decode(pictures[0].Image);
        var button = SKRectI.Round(new SKRect((float)box.X, (float)box.Y, (float)(box.X + box.Width), (float)(box.Y + box.Height)));
        Assert.True(MeanDifference(shown, first, button) > 20, $"the Apply credentials button's place {button} looks the same on both pictures");
        var screen = new SKRectI(0, 0, 1280, 800);
        Assert.True(Brightness(shown, screen) < Brightness(first, screen) - 40, "the dialog's picture does not show the page darkened behind a dialog");
    }

    [Fact]
    public async Task SwaggerTryItOut_ExactPersonaClicksInAnOperationItJustExpanded_ThatViewIsPictured()
    {
        // "Try it out" is clicked right after the click that expanded its operation: the exact persona asks which view
        // it will click in together with the early success check, and the run must keep a picture of that view.
        var study = corpus.LoadStudy("swagger-ui");
        study = study with { Tasks = [.. study.Tasks.Where(t => t.Id == "try-get-pet")] };
        var journal = new MemoryJournal();
        var attempts = await new ScriptedRunner(corpus.Config).RunAsync(study, journal, new ScriptedRunOptions { PersonaMode = PersonaMode.Exact, Participants = 1 });
        Assert.Equal(AttemptOutcome.Success, Assert.Single(attempts).Outcome);

        var events = journal.Events.ToArray();
        var states = UiStates.Of(events);
        var clicks = events.Where(e => e.Kind == EventKind.Click).OrderBy(e => e.TimeMs).ToArray();
        var (expand, tryItOut) = (clicks[0], clicks[1]);
        Assert.Contains("Try it out", tryItOut.Selector, StringComparison.Ordinal);
        var pictured = journal.Archives.Select(a => a.State).ToHashSet(StringComparer.Ordinal);

        Assert.NotEqual(states.StateOf(expand), states.StateOf(tryItOut)); // expanding the operation made a new view
        Assert.Contains(states.StateOf(tryItOut), pictured);
    }

    private static double MeanDifference(SKBitmap a, SKBitmap b, SKRectI area) =>
        Pixels(area).Average(p => Math.Abs(Luma(a.GetPixel(p.X, p.Y)) - Luma(b.GetPixel(p.X, p.Y))));

    private static double Brightness(SKBitmap image, SKRectI area) => Pixels(area).Where(p => p.X % 4 == 0 && p.Y % 4 == 0).Average(p => Luma(image.GetPixel(p.X, p.Y)));

    private static IEnumerable<(int X, int Y)> Pixels(SKRectI area) =>
        Enumerable.Range(area.Top, area.Height).SelectMany(y => Enumerable.Range(area.Left, area.Width).Select(x => (x, y)));

    private static double Luma(SKColor c) => (0.299 * c.Red) + (0.587 * c.Green) + (0.114 * c.Blue);
}
