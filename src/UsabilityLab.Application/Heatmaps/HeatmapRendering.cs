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
    public static async Task<IReadOnlyList<string>> WriteAsync(LabDatabase database, HeatmapSettings settings, INotices? notices, CancellationToken cancellationToken)
    {
        var kind = settings.Kind;
        var kindName = kind.ToString().ToLowerInvariant();
        var run = await ReportSources.LoadAsync(database, settings.Run, cancellationToken, notices);
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

        var signals = kind == HeatmapKind.Click ? RunAnalyzer.Analyze(run.Study, run.Attempts, run.Events, run.Answers).Signals.Select(s => s.Signal).ToArray() : [];
        var heights = ScrollDepth.ViewportHeights(run.Events);
        var written = new List<string>();
        foreach (var page in pages)
        {
            var snapshot = run.Snapshots.FirstOrDefault(s => s.PageKey == page.Layout.PageKey && s.ViewportWidth == page.Layout.ViewportWidth);
            if (snapshot is null)
            {
                notices?.Tell($"no screenshot of {page.Layout} in run {run.RunId}; skipped");
                continue;
            }

            if (snapshot.Note is { Length: > 0 } note)
            {
                // What the picture under this heatmap leaves out (a page too large to keep whole, cut at a height).
                notices?.Tell($"{page.Layout}: page picture: {note}");
            }

            var image = Render(page, snapshot, kind, signals, heights, keepQuery);
            var path = Path.GetFullPath(single ? settings.Out! : Path.Combine(settings.Out ?? Path.Combine("out", "heatmaps"), $"{kindName}-{page.Layout.FileStem}.png"));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, image.Bytes, cancellationToken);
            written.Add(path);
        }

        return written;
    }

    /// <summary>The heatmap of one page; a scroll map is put together here (fold, page height, deepest scroll per session).</summary>
    private static HeatmapImage Render(PageActivity page, PageSnapshot snapshot, HeatmapKind kind, IReadOnlyList<Core.Signals.Signal> signals, IReadOnlyDictionary<long, int> heights, bool keepQuery)
    {
        var title = $"{kind} heatmap: {page.Layout}";
        if (kind == HeatmapKind.Scroll)
        {
            var fold = heights.Count > 0 ? heights.Values.Order().ElementAt(heights.Count / 2) : 800;
            var pageHeight = (int)Math.Ceiling(snapshot.Height * (snapshot.ViewportWidth > 0 ? (double)snapshot.ViewportWidth / snapshot.Width : 1));
            var curve = ScrollDepth.Curve(ScrollDepth.DeepestPerSession(page, heights, fold), pageHeight);
            return ScrollMapRenderer.Render(snapshot, curve, fold, new HeatmapOptions { Title = title });
        }

        var points = (kind == HeatmapKind.Click ? page.ClickPoints : page.MovePoints).ToArray();
        return ClickHeatmapRenderer.Render(snapshot, points, TopElements.On(page.Layout, signals, keepQuery), kind, new HeatmapOptions { Title = title });
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
