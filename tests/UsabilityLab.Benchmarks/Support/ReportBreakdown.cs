using System.Diagnostics;
using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Browser.Pdf;
using UsabilityLab.Core.Analysis;
using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// Where the report's time goes: its steps timed one by one through the same public entry points (load, model, HTML,
/// PDF), each three times, medians. Inside the model, the work that needs the page screenshots (one click heatmap per
/// task, signal crops) is the difference between building the model with and without the run's screenshots.
/// </summary>
internal static class ReportBreakdown
{
    private const int Repeats = 3;

    public static async Task MeasureAsync(BenchContext context, SyntheticRun run, BenchmarkResult result, CancellationToken ct)
    {
        var report = await ReportRuns.LoadAsync(run.Scratch.Database, run.RunId, ct);
        var blind = report with { Snapshots = [] };
        var load = await Sampler.TimeAsync(0, Repeats, () => ReportRuns.LoadAsync(run.Scratch.Database, run.RunId, ct), ct);
        var analysis = await Sampler.TimeAsync(0, Repeats, () => Task.FromResult(RunAnalyzer.Analyze(report.Study, report.Attempts, report.Events, report.Answers)), ct);
        var withoutScreenshots = await Sampler.TimeAsync(0, Repeats, () => Task.FromResult(ReportModelBuilder.Build(blind)), ct);
        var model = await Sampler.TimeAsync(0, Repeats, () => Task.FromResult(ReportModelBuilder.Build(report)), ct);
        var built = ReportModelBuilder.Build(report);
        var html = "";
        var render = await Sampler.TimeAsync(0, Repeats, async () => html = await ReportHtmlRenderer.RenderAsync(built), ct);
        var pdf = await Sampler.TimeAsync(0, Repeats, async () =>
        {
            await using var printer = new ChromiumPdfPrinter(context.Browser);
            await printer.PrintAsync(html, Path.Combine(context.Temp.Path, "breakdown.pdf"), ct);
        }, ct);
        var browser = await Sampler.TimeAsync(0, Repeats, async () =>
        {
            await using var printer = new ChromiumPdfPrinter(context.Browser);
            await printer.PrepareAsync(ct);
        }, ct);
        var playwright = await Sampler.TimeAsync(0, Repeats, () => PlaywrightPrint.PrintAsync(context.Browser, html, Path.Combine(context.Temp.Path, "playwright.pdf"), context.Temp.Path), ct);

        double Median(List<double> ms) => Summary.Of(ms).Median / 1000;
        result.AddSingle("  load from SQLite", "s", Median(load));
        result.AddSingle("  report model (analysis, charts, heatmaps, crops, paths)", "s", Median(model));
        result.AddSingle("    of which screenshot work: click heatmaps and signal crops (model with − without screenshots)", "s", Median(model) - Median(withoutScreenshots));
        result.AddSingle("    of which analysis (RunAnalyzer)", "s", Median(analysis));
        result.AddSingle("  HTML (Razor HtmlRenderer)", "s", Median(render));
        result.AddSingle("  PDF (Chromium start + print + close)", "s", Median(pdf));
        result.AddSingle("    of which Chromium start (with the warm-up print) + close alone", "s", Median(browser));
        result.AddSingle("  for comparison: the same PDF through Playwright's PdfAsync (Node.js driver start included)", "s", Median(playwright));
        result.AddSingle("  HTML size (screenshots and charts inlined)", "KB", html.Length / 1024.0);
        result.Note($"Breakdown: each step timed {Repeats} times on its own (medians), so the steps need not add up exactly to the total. {built.Tasks.Count(t => t.Heatmap is not null)} of {built.Tasks.Count} task sections carry a click heatmap.");
    }
}
