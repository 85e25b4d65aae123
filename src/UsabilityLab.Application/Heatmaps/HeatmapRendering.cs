using UsabilityLab.Application.Reports;
using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Pages;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Reporting.Heatmaps;
using UsabilityLab.Reporting.Report;
using UsabilityLab.Storage;

namespace UsabilityLab.Application.Heatmaps;

/// <summary>The heatmap use case: click, move or scroll heatmaps over a run's page screenshots, one PNG per page.</summary>
public static class HeatmapRendering
{
    /// <summary>Renders the heatmaps of <paramref name="settings"/>; returns the full paths written, in page order.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(LabStore store, HeatmapSettings settings, INotices? notices, CancellationToken cancellationToken)
    {
        var database = store.Database;
        var kind = settings.Kind;
        var kindName = kind.ToString().ToLowerInvariant();
        var run = await ReportSources.LoadAsync(store, settings.Run, cancellationToken, notices);
        var keepQuery = run.Study?.Capture.KeepQuery ?? false;
        var events = TaskEvents(run, settings.Task);
        var pages = PageActivityGrouping.Group(events, keepQuery)
            .Where(p => HasData(p, kind) && (settings.Page is null || Matches(settings.Page, p.Layout.PageKey, keepQuery)))
            .ToArray();
        if (pages.Length == 0)
        {
            var known = PageActivityGrouping.Group(events, keepQuery).Select(p => p.Layout.PageKey).Distinct().Take(12);
            throw new InputException($"no {kindName} data{(settings.Page is null ? "" : $" on a page matching '{settings.Page}'")} in run {run.RunId}; pages with events: {string.Join(", ", known)}");
        }

        var single = settings.Out is { } o && o.EndsWith(".png", StringComparison.OrdinalIgnoreCase);
        if (single && pages.Length > 1)
        {
            throw new InputException($"--out {settings.Out}: {pages.Length} pages match; pass --page to pick one, or give a folder");
        }

        // Every layer shows the same events: with --task, the markers too are the task's signals only.
        var attempts = settings.Task is null ? null : run.Attempts.Where(a => a.TaskId == settings.Task).Select(a => a.Id).ToHashSet();
        var signals = kind == HeatmapKind.Click
            ? RunAnalyzer.Analyze(run.Study, run.Attempts, run.Events, run.Answers).Signals.Select(s => s.Signal)
                .Where(s => attempts is null || (s.AttemptId is { } id && attempts.Contains(id))).ToArray()
            : [];
        var heights = ScrollDepth.ViewportHeights(run.Events);
        var views = UiStates.Of(run.Events, keepQuery);
        var written = new List<string>();
        foreach (var page in pages)
        {
            var pictures = run.Snapshots.Where(s => s.PageKey == page.Layout.PageKey && s.ViewportWidth == page.Layout.ViewportWidth).ToArray();
            if (pictures.Length == 0)
            {
                notices?.Tell($"no screenshot of {page.Layout} in run {run.RunId}; skipped");
                continue;
            }

            foreach (var picture in Pictures(page, pictures, kind, views, signals, keepQuery))
            {
                if (picture.Snapshot.Note is { Length: > 0 } note)
                {
                    // What the picture under this heatmap leaves out (a page too large to keep whole, cut at a height).
                    notices?.Tell($"{page.Layout}: page picture: {note}");
                }

                var title = $"{kind} heatmap: {page.Layout}{(picture.View is null ? "" : $", {picture.View}")}{(settings.Task is null ? "" : $", task {settings.Task}")}";
                var image = Render(picture, kind, heights, title);
                var file = HeatmapFileName.Of(kindName, page.Layout, picture.View, settings.Task);
                var path = Path.GetFullPath(single ? Beside(settings.Out!, picture.View) : Path.Combine(settings.Out ?? Path.Combine("out", "heatmaps"), file));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllBytesAsync(path, image.Bytes, cancellationToken);
                written.Add(path);
            }
        }

        return written;
    }

    /// <summary>One heatmap's material: the picture it is drawn on, the events drawn, the signals marked.</summary>
    private sealed record Picture(PageScreenshot Snapshot, PageActivity Activity, string? View, IReadOnlyList<Core.Signals.Signal> Signals);

    /// <summary>
    /// Clicks are drawn on the picture of the view they were made in (one heatmap per view with clicks, the page as
    /// first seen first); moves and scrolling on the page's first picture.
    /// </summary>
    private static IEnumerable<Picture> Pictures(PageActivity page, PageScreenshot[] pictures, HeatmapKind kind, UiStates views, IReadOnlyList<Core.Signals.Signal> signals, bool keepQuery)
    {
        if (kind != HeatmapKind.Click)
        {
            return [new Picture(pictures[0], page, null, [])];
        }

        var pictured = pictures.Select(p => p.State).ToArray();
        var onPage = TopElements.On(page.Layout, signals, keepQuery).ToArray();
        return views.Split(page, pictured).Select(view => new Picture(
            Array.Find(pictures, p => p.State == view.State)!,
            page with { Clicks = view.Clicks },
            view.Name,
            [.. onPage.Where(s => views.PictureOf(s, pictured) == view.State)]));
    }

    /// <summary>--out FILE.png: the page as first seen goes there, each further view beside it (FILE--after-….png).</summary>
    private static string Beside(string file, string? view) =>
        view is null ? file : Path.Combine(Path.GetDirectoryName(file) ?? "", $"{Path.GetFileNameWithoutExtension(file)}--{HeatmapFileName.Slug(view)}.png");

    /// <summary>The heatmap of one picture; a scroll map is put together here (fold, page height, deepest scroll per session).</summary>
    private static HeatmapImage Render(Picture picture, HeatmapKind kind, IReadOnlyDictionary<long, int> heights, string title)
    {
        var (snapshot, page) = (picture.Snapshot, picture.Activity);
        if (kind == HeatmapKind.Scroll)
        {
            var fold = heights.Count > 0 ? heights.Values.Order().ElementAt(heights.Count / 2) : 800;
            var pageHeight = (int)Math.Ceiling(snapshot.Height * (snapshot.ViewportWidth > 0 ? (double)snapshot.ViewportWidth / snapshot.Width : 1));
            var curve = ScrollDepth.Curve(ScrollDepth.DeepestPerSession(page, heights, fold), pageHeight);
            return ScrollMapRenderer.Render(snapshot, curve, fold, new HeatmapOptions { Title = title });
        }

        var points = (kind == HeatmapKind.Click ? page.ClickPoints : page.MovePoints).ToArray();
        return ClickHeatmapRenderer.Render(snapshot, points, picture.Signals, kind, new HeatmapOptions { Title = title });
    }

    private static bool HasData(PageActivity page, HeatmapKind kind) => kind switch
    {
        HeatmapKind.Click => page.Clicks.Count > 0,
        HeatmapKind.Move => page.Moves.Count > 0,
        _ => page.Sessions.Count > 0,
    };

    /// <summary>A full URL is compared by its page key; a path or glob goes through <see cref="UrlPattern"/>.</summary>
    private static bool Matches(string pattern, string pageKey, bool keepQuery) =>
        pattern.Contains("://", StringComparison.Ordinal) && !pattern.Contains('*', StringComparison.Ordinal)
            ? PageKey.Normalize(pattern, keepQuery) == pageKey
            : UrlPattern.IsMatch(pattern, pageKey);

    private static IReadOnlyList<Core.Events.RecordedEvent> TaskEvents(ReportRun run, string? task)
    {
        if (task is null)
        {
            return run.Events;
        }

        var ids = run.Attempts.Where(a => a.TaskId == task).Select(a => a.Id).ToHashSet();
        if (ids.Count == 0)
        {
            throw new InputException($"--task {task}: no attempts of that task in run {run.RunId}; tasks: {string.Join(", ", run.Tasks.Select(t => t.Id))}");
        }

        return run.Events.Where(e => e.AttemptId is { } id && ids.Contains(id)).ToArray();
    }
}
