using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Signals;
using UsabilityLab.Reporting.Charts;
using UsabilityLab.Reporting.Heatmaps;

namespace UsabilityLab.Reporting.Report;

/// <summary>Builds one task's section: metrics table, time chart, key-page heatmap, signals and paths.</summary>
internal sealed class TaskSectionBuilder(ReportRun run, RunAnalysis analysis, IReadOnlyList<GateResult> gates, PageBackdrops backdrops)
{
    private readonly bool _keepQuery = run.Study?.Capture.KeepQuery ?? false;
    private readonly SignalCrops _crops = new(backdrops);
    private readonly ILookup<long, RecordedEvent> _eventsByAttempt = run.Events.Where(e => e.AttemptId is not null).ToLookup(e => e.AttemptId!.Value);
    /// <summary>How many of a task's pictured views a viewer may choose from.</summary>
    private const int MaxChoices = 12;

    private readonly UiStates _views = UiStates.Of(run.Events, run.Study?.Capture.KeepQuery ?? false);

    public TaskDetail Build(int number, TaskMetrics metrics)
    {
        var definition = run.Tasks.FirstOrDefault(t => t.Id == metrics.Id);
        var attempts = run.Attempts.Where(a => a.TaskId == metrics.Id && a.Outcome != AttemptOutcome.Interrupted).ToArray();
        var ids = attempts.Select(a => a.Id).ToHashSet();
        var signals = analysis.Signals.Where(s => s.Signal.AttemptId is { } id && ids.Contains(id)).ToArray();
        var gate = gates.FirstOrDefault(g => g.Task == metrics.Id);
        var light = TrafficLights.For(metrics, gate);
        var views = PicturedViews(attempts, signals.Select(s => s.Signal).ToArray());
        var timeRow = new TaskRow(
            metrics.Title ?? metrics.Id,
            metrics.TimeGeoMeanS,
            metrics.TimeCiS,
            attempts.Select(a => a.TimeSeconds).ToArray(),
            TrafficLights.Colour(light));
        return new TaskDetail(
            number,
            metrics.Id,
            definition?.Title ?? metrics.Title ?? metrics.Id,
            definition?.Prompt ?? "",
            metrics,
            light,
            gate,
            MetricRows.For(metrics, analysis.Simulated),
            TaskCharts.TimeOnTask([timeRow]),
            Heatmap(views),
            SignalGroups(signals),
            PathAnalysis.MostCommon(attempts, _eventsByAttempt, _keepQuery))
        {
            Views = Choices(views, attempts),
            Observations = Observations.For(run.Observations, metrics.Id),
            Overrides = Observations.Overrides(attempts),
            Dialogs = attempts.SelectMany(a => _eventsByAttempt[a.Id].Where(e => e.Kind == EventKind.Dialog).Select(e => (a.Id, Text: e.Detail ?? "dialog")))
                .GroupBy(d => d.Text, StringComparer.Ordinal)
                .Select(g => new DialogView(g.Key, g.Select(d => d.Id).Distinct().Count()))
                .OrderByDescending(d => d.Attempts).ToArray(),
        };
    }

    /// <summary>
    /// The task's key page: the page layout with a screenshot that got the most clicks during the task, drawn in the view
    /// (of a single-page app: an editor, a dialog) that got most of them, over that view's picture.
    /// </summary>
    private HeatmapView? Heatmap(IReadOnlyList<PicturedView> views)
    {
        if (views.Count == 0)
        {
            return null;
        }

        var (activity, state, name, snapshot, onView) = views[0];
        var options = ReportHeatmapOptions(activity, snapshot);
        using var band = backdrops.Band(activity.Layout, options, state);
        var image = ClickHeatmapRenderer.Render((band ?? backdrops.For(activity.Layout, state))!, activity.ClickPoints.ToArray(), onView, HeatmapKind.Click, options);
        var participants = activity.Clicks.Select(c => c.AttemptId).Distinct().Count();
        return new HeatmapView(activity.Layout, snapshot.Title, image.DataUri, activity.Clicks.Count, participants, TopElements.Compute(activity.Clicks, onView, 8), snapshot.Note)
        {
            View = name,
        };
    }

    /// <summary>Every pictured view the task's clicks were made in, for a viewer that lets people choose (the first is the report's).</summary>
    private HeatmapChoice[] Choices(IReadOnlyList<PicturedView> views, IReadOnlyList<AttemptRecord> attempts) =>
        views.Take(MaxChoices).Select(v =>
        {
            var width = v.Activity.Layout.ViewportWidth;
            var label = $"{ElementNames.Page(v.Activity.Layout.PageKey)} at {width} px{(v.Name is { } name ? $", {name}" : "")}";
            var participants = v.Activity.Clicks.Select(c => c.AttemptId).Distinct().Count();
            return new HeatmapChoice(label, new HeatmapSource(v.Picture, v.Activity, ScreenHeight.For(run.Study, width)), TopElements.Compute(v.Activity.Clicks, v.Signals, 8), Markers(v.Signals, v.Picture, attempts), v.Activity.Clicks.Count, participants);
        }).ToArray();

    /// <summary>
    /// The views with a picture of every page the task's clicks were on: pages as grouped (most clicked first), and
    /// within a page its views, most clicked first, each with its own clicks and the signals whose click it shows.
    /// </summary>
    private List<PicturedView> PicturedViews(IReadOnlyList<AttemptRecord> attempts, IReadOnlyList<Signal> signals)
    {
        var events = attempts.SelectMany(a => _eventsByAttempt[a.Id]).ToArray();
        var views = new List<PicturedView>();
        foreach (var page in PageActivityGrouping.Group(events, _keepQuery).Where(a => a.Clicks.Count > 0))
        {
            var pictured = backdrops.Pictured(page.Layout);
            if (pictured.Count == 0)
            {
                continue;
            }

            var onPage = TopElements.On(page.Layout, signals, _keepQuery).ToArray();
            foreach (var view in _views.Split(page, pictured).Where(v => v.Clicks.Count > 0).OrderByDescending(v => v.Clicks.Count))
            {
                var onView = onPage.Where(s => _views.PictureOf(s, pictured) == view.State).ToArray();
                views.Add(new PicturedView(page with { Clicks = view.Clicks }, view.State, view.Name, backdrops.Find(page.Layout, view.State)!, onView));
            }
        }

        return views;
    }

    /// <summary>The <paramref name="signals"/> with a click on the page's picture, with whose they are.</summary>
    private static HeatmapMarker[] Markers(IReadOnlyList<Signal> signals, PageScreenshot picture, IReadOnlyList<AttemptRecord> attempts)
    {
        var participants = attempts.ToDictionary(a => a.Id, a => a.Participant);
        var (width, height) = PageGeometry.CssSize(picture);
        return signals
            .Where(s => s.X is >= 0 && s.X <= width && s.Y is >= 0 && s.Y <= height && s.AttemptId is { } id && participants.ContainsKey(id))
            .Select(s => new HeatmapMarker(s.Kind, participants[s.AttemptId!.Value], s.TimeMs / 1000, s.X!.Value, s.Y!.Value, ElementNames.Describe(s.Text, s.Selector)))
            .ToArray();
    }

    /// <summary>
    /// Crops the page to the band where the clicks are (at least one screen high) so the hot spots stay large
    /// enough to read on A4; JPEG keeps the self-contained HTML small.
    /// </summary>
    internal static HeatmapOptions ReportHeatmapOptions(PageActivity activity, PageScreenshot snapshot)
    {
        var ys = activity.Clicks.Select(c => c.Y!.Value).Order().ToArray();
        var pageHeight = PageGeometry.CssSize(snapshot).Height;
        const double minBand = 760;
        const double maxBand = 1100;
        var top = Math.Max(0, ys[0] - 160);
        var bottom = Math.Min(pageHeight, Math.Max(ys[^1] + 160, top + minBand));
        if (bottom - top > maxBand)
        {
            // Too spread out: centre the band on the median click.
            var median = ys[ys.Length / 2];
            top = Math.Clamp(median - (maxBand / 2), 0, Math.Max(0, pageHeight - maxBand));
            bottom = Math.Min(pageHeight, top + maxBand);
        }

        top = Math.Max(0, Math.Min(top, bottom - minBand));
        return new HeatmapOptions { CropTop = top, CropHeight = bottom - top, Zoom = 0.62, Jpeg = true };
    }

    /// <summary>The view whose picture shows where <paramref name="signal"/>'s click was made (a crop circles the right thing).</summary>
    private string PictureOf(PageLayout layout, Signal signal) =>
        backdrops.Pictured(layout) is { Count: > 0 } pictured ? _views.PictureOf(signal, pictured) : "";

    /// <summary>The 8 groups most people met (then the most frequent); only those get a crop (cropping is most of the cost).</summary>
    private IReadOnlyList<SignalGroup> SignalGroups(IReadOnlyList<TaskSignal> signals) =>
        signals
            .GroupBy(s => (s.Signal.Kind, Page: Core.Pages.PageKey.Normalize(s.Signal.Url, _keepQuery), s.Signal.Selector))
            .Select(g => (Group: g, People: g.Select(s => s.Participant).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(g => g.People)
            .ThenByDescending(g => g.Group.Count())
            .Take(8)
            .Select(ranked =>
            {
                var (g, people) = ranked;
                var first = g.First().Signal;
                var width = first.Evidence.FirstOrDefault(e => e.ViewportWidth is not null)?.ViewportWidth ?? 0;
                var layout = new PageLayout(g.Key.Page, width);
                var crop = first.X is { } x && first.Y is { } y ? _crops.Crop(layout, x, y, PictureOf(layout, first)) : null;
                return new SignalGroup(g.Key.Kind, g.Key.Page, g.Key.Selector, first.Text, g.Count(), people, SignalText.Describe(g.Key.Kind, g.Select(s => s.Signal).ToArray()), crop);
            })
            .ToArray();
}
