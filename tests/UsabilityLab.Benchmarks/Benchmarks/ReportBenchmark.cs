using System.Diagnostics;
using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Benchmarks.Support;
using UsabilityLab.Browser.Pdf;
using UsabilityLab.Core.Reports;
using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Benchmarks.Benchmarks;

/// <summary>
/// Issue 5: the full report (HTML and PDF) of a 20-task study with 12 participants, from the database to the files, with
/// Chromium's start for printing included — what <c>./lab report RUN</c> does after the process has started.
/// </summary>
internal sealed class ReportBenchmark : Benchmark
{
    private const int FullTasks = 20;
    private const int Participants = 12;

    public override string Name => "report";

    public override string Title => "Full report (HTML + PDF) of a 20-task, 12-participant study, browser start included";

    public override string Issue => "#5";

    protected override async Task MeasureAsync(BenchContext context, BenchmarkResult result, CancellationToken ct)
    {
        var tasks = context.Pick(3, FullTasks);
        var screenshot = SyntheticScreenshot.Jpeg();
        var run = await SyntheticRun.CreateAsync(context.Temp, Participants, tasks, 50, screenshot);
        var warmup = await SyntheticRun.CreateAsync(context.Temp, 3, 2, 50, screenshot);
        try
        {
            // Warm-up: a small report compiles the Razor, chart, heatmap and (full runs) printing code paths once.
            await WriteAsync(context, warmup, context.Pick(ReportFormat.Html, ReportFormat.Both), ct);
            var totals = await Sampler.TimeAsync(0, context.Pick(1, 5), () => WriteAsync(context, run, ReportFormat.Both, ct), ct);
            var total = result.Add("load + analyze + charts + heatmaps + HTML + PDF (browser start included)", "s", totals.Select(ms => ms / 1000).ToList());
            result.Goals.Add(Goal.Max("full report of a 20-task study, browser start included", total.Value.Median, 5, "s")
                .Unless(context.Quick ? Format.Invariant($"quick run reports a {tasks}-task study: {total.Value.Median:0.0} s") : null));
            if (!context.Quick)
            {
                await ReportBreakdown.MeasureAsync(context, run, result, ct);
            }

            var pdf = new FileInfo(Path.Combine(context.Temp.Path, "report", "report.pdf"));
            result.Note($"{tasks} tasks × {Participants} participants, {run.Events:N0} events, {tasks * 5} page screenshots (1280×2600 JPEG, as a run's first report paints them; that painting is not in this time); PDF {pdf.Length / 1024:N0} KB. One warm-up on a 2-task run, then the median.");
        }
        finally
        {
            await run.Scratch.DeleteAsync();
            await warmup.Scratch.DeleteAsync();
        }
    }

    private static async Task WriteAsync(BenchContext context, SyntheticRun run, ReportFormat format, CancellationToken ct)
    {
        var report = await ReportRuns.LoadAsync(run.Scratch.Database, run.RunId, ct);
        await using var printer = new ChromiumPdfPrinter(context.Browser);
        await ReportWriter.WriteAsync(report, null, Path.Combine(context.Temp.Path, "report"), format, printer, ct);
    }
}
