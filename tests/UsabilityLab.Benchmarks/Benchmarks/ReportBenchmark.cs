using System.Diagnostics;
using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Benchmarks.Support;
using UsabilityLab.Recording.Pdf;
using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Benchmarks.Benchmarks;

/// <summary>
/// Issue 5: the full report (HTML and PDF) of a 20-task study with 12 participants, from the database to the files, with
/// Chromium's start for printing included — what <c>./lab report RUN</c> does after the process has started.
/// </summary>
internal sealed class ReportBenchmark : Benchmark
{
    private const int Tasks = 20;
    private const int Participants = 12;

    public override string Name => "report";

    public override string Title => "Full report (HTML + PDF) of a 20-task, 12-participant study, browser start included";

    public override string Issue => "#5";

    protected override async Task MeasureAsync(BenchContext context, BenchmarkResult result, CancellationToken ct)
    {
        var screenshot = SyntheticScreenshot.Png();
        var run = await SyntheticRun.CreateAsync(context.Temp, Participants, Tasks, 50, screenshot);
        var warmup = await SyntheticRun.CreateAsync(context.Temp, 3, 2, 50, screenshot);
        try
        {
            // Warm-up: a small HTML-only report compiles the Razor, chart and heatmap code paths once.
            await ReportWriter.WriteAsync(await ReportRuns.LoadAsync(warmup.Scratch.Database, warmup.RunId, ct), null, Path.Combine(context.Temp.Path, "report-warmup"), ReportFormat.Html, null, ct);
            var totals = await Sampler.TimeAsync(0, context.Pick(1, 5), () => WriteAsync(context, run, ct), ct);
            var total = result.Add("load + analyze + charts + heatmaps + HTML + PDF (browser start included)", "s", totals.Select(ms => ms / 1000).ToList());
            await BreakdownAsync(context, run, result, ct);
            result.Goals.Add(Goal.Max("full report of a 20-task study, browser start included", total.Value.Median, 5, "s"));
            var pdf = new FileInfo(Path.Combine(context.Temp.Path, "report", "report.pdf"));
            result.Note($"{Tasks} tasks × {Participants} participants, {run.Events:N0} events, {Tasks * 5} page screenshots (1280×2600); PDF {pdf.Length / 1024:N0} KB. One warm-up on a small run, then the median.");
        }
        finally
        {
            run.Scratch.Delete();
            warmup.Scratch.Delete();
        }
    }

    private static async Task WriteAsync(BenchContext context, SyntheticRun run, CancellationToken ct)
    {
        var report = await ReportRuns.LoadAsync(run.Scratch.Database, run.RunId, ct);
        await using var printer = new ChromiumPdfPrinter(context.Browser);
        await ReportWriter.WriteAsync(report, null, Path.Combine(context.Temp.Path, "report"), ReportFormat.Both, new ReportRuns.Printer(printer), ct);
    }

    /// <summary>The same work in its steps, timed once each, to show where the time goes.</summary>
    private static async Task BreakdownAsync(BenchContext context, SyntheticRun run, BenchmarkResult result, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var report = await ReportRuns.LoadAsync(run.Scratch.Database, run.RunId, ct);
        var load = clock.Elapsed.TotalSeconds;
        var model = ReportModelBuilder.Build(report);
        var build = clock.Elapsed.TotalSeconds;
        var html = await ReportHtmlRenderer.RenderAsync(model);
        var render = clock.Elapsed.TotalSeconds;
        await using (var printer = new ChromiumPdfPrinter(context.Browser))
        {
            await printer.PrintAsync(html, Path.Combine(context.Temp.Path, "breakdown.pdf"), report.StudyName, ct);
        }

        var print = clock.Elapsed.TotalSeconds;
        result.AddSingle("  load from SQLite", "s", load);
        result.AddSingle("  analysis, charts, heatmaps (report model)", "s", build - load);
        result.AddSingle("  HTML (Razor HtmlRenderer)", "s", render - build);
        result.AddSingle("  PDF (Chromium start + print + close)", "s", print - render);
        result.AddSingle("  HTML size", "KB", html.Length / 1024.0);
    }
}
