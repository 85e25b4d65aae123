using System.Diagnostics;
using SkiaSharp;
using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Recording.Browser;
using UsabilityLab.Recording.Pdf;
using UsabilityLab.Reporting.Heatmaps;
using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// Where the report's time goes: the report's steps timed one by one (load, model, HTML, PDF), and inside the model the
/// parts that can be timed through public APIs (analysis, one click heatmap per task as the report draws them, decoding
/// the screenshots that signal crops are cut from); the rest of the model is charts, crops and paths.
/// </summary>
internal static class ReportBreakdown
{
    public static async Task MeasureAsync(BenchContext context, SyntheticRun run, BenchmarkResult result, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var report = await ReportRuns.LoadAsync(run.Scratch.Database, run.RunId, ct);
        var load = Lap(clock);
        var model = ReportModelBuilder.Build(report);
        var build = Lap(clock);
        var html = await ReportHtmlRenderer.RenderAsync(model);
        var render = Lap(clock);
        await using (var printer = new ChromiumPdfPrinter(context.Browser))
        {
            await printer.PrintAsync(html, Path.Combine(context.Temp.Path, "breakdown.pdf"), report.StudyName, ct);
        }

        var print = Lap(clock);
        await (await LabBrowser.LaunchAsync(context.Browser, headless: true)).DisposeAsync();
        var browserStart = Lap(clock);

        var analysis = RunAnalyzer.Analyze(report.Study, report.Attempts, report.Events, report.Answers);
        var analyze = Lap(clock);
        var heatmaps = 0;
        foreach (var task in report.Tasks)
        {
            var ids = report.Attempts.Where(a => a.TaskId == task.Id).Select(a => a.Id).ToHashSet();
            var events = report.Events.Where(e => e.AttemptId is { } id && ids.Contains(id)).ToArray();
            var page = PageActivityGrouping.Group(events, false).Where(p => p.Clicks.Count > 0).OrderByDescending(p => p.Clicks.Count).First();
            var snapshot = report.Snapshots.First(s => s.PageKey == page.Layout.PageKey);
            ClickHeatmapRenderer.Render(snapshot, page.ClickPoints.ToArray(), [], HeatmapKind.Click, new HeatmapOptions { CropHeight = 1_100, Zoom = 0.62, Jpeg = true });
            heatmaps++;
        }

        var heatmap = Lap(clock);
        var signalPages = analysis.Signals.Select(s => Core.Pages.PageKey.Normalize(s.Signal.Url)).Distinct().Count();
        foreach (var snapshot in report.Snapshots.Take(signalPages))
        {
            using var bitmap = SKBitmap.Decode(snapshot.Png);
        }

        var decode = Lap(clock);
        result.AddSingle("  load from SQLite", "s", load);
        result.AddSingle("  report model (analysis, charts, heatmaps, crops, paths)", "s", build);
        result.AddSingle($"    of which analysis (RunAnalyzer)", "s", analyze);
        result.AddSingle($"    of which {heatmaps} click heatmaps (1280×2600 pages, report options)", "s", heatmap);
        result.AddSingle($"    of which decoding {signalPages} screenshots for signal crops", "s", decode);
        result.AddSingle("    rest: charts, crops, paths, tables", "s", build - analyze - heatmap - decode);
        result.AddSingle("  HTML (Razor HtmlRenderer)", "s", render);
        result.AddSingle("  PDF (Chromium start + print + close)", "s", print);
        result.AddSingle("    of which Chromium start + close alone", "s", browserStart);
        result.AddSingle("  HTML size", "KB", html.Length / 1024.0);
    }

    private static double Lap(Stopwatch clock)
    {
        var seconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        return seconds;
    }
}
