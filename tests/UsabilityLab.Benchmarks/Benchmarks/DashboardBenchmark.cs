using System.Diagnostics;
using System.Text;
using UsabilityLab.Application;
using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Benchmarks.Support;
using UsabilityLab.Server.Dashboard;
using UsabilityLab.Storage;

namespace UsabilityLab.Benchmarks.Benchmarks;

/// <summary>
/// Issue 24: the dashboard's pages of a 1,000-session, 500,000-event run (the analysis benchmark's synthetic run, with
/// page screenshots so that the task pages carry their heatmaps), asked for over loopback HTTP/1.1 from the dashboard
/// started in this process: the run page cold (the first request after a start loads the run and builds its report
/// model) and warm, the task page of the most clicked task with its heatmap's picture and layers, and the studies and
/// study pages.
/// </summary>
internal sealed class DashboardBenchmark : Benchmark
{
    private const int FullSessions = 1_000;
    private const int Tasks = 10;
    private const int EventsPerAttempt = 50;
    private const double GoalMs = 300;

    public override string Name => "dashboard";

    public override string Title => "Dashboard pages of a 1,000-session, 500,000-event run over loopback HTTP, cold and warm";

    public override string Issue => "#24";

    protected override async Task MeasureAsync(BenchContext context, BenchmarkResult result, CancellationToken ct)
    {
        // Quick mode serves a tenth of the sessions; the goal is for the full size, so it is reported, not checked.
        var sessions = context.Pick(FullSessions / 10, FullSessions);
        var setup = Stopwatch.StartNew();
        var run = await SyntheticRun.CreateAsync(context.Temp, sessions, Tasks, EventsPerAttempt, SyntheticScreenshot.Jpeg());
        var setupSeconds = setup.Elapsed.TotalSeconds;
        try
        {
            var store = new LabStore(run.Scratch.Database);
            var stored = await new RunReader(run.Scratch.Database).LoadAsync(run.RunId, includeEvents: false, ct);
            var busiest = stored.Attempts.GroupBy(a => a.TaskId).MaxBy(g => g.Sum(a => a.Clicks ?? 0))!;
            var paths = new PagePaths(run.RunId, busiest.Key, stored.StudyName);

            var cold = await MeasureColdAsync(context, store, paths, result, ct);
            var warm = await MeasureWarmAsync(context, store, paths, result, ct);
            var steps = await DashboardColdBreakdown.MeasureAsync(store, run.RunId, context.Pick(1, 3), ct);
            result.AddSingle("cold, step by step: load the run with events and screenshots (ReportSources)", "ms", steps.Load);
            result.AddSingle("cold, step by step: report model (ReportModelBuilder.Build)", "ms", steps.Model);
            result.AddSingle("  of which screenshot work: click heatmaps and signal crops (model with − without screenshots)", "ms", steps.ScreenshotWork);
            result.AddSingle("  of which analysis (RunAnalyzer)", "ms", steps.Analysis);
            result.AddSingle("  the report's click heatmap pictures it draws (JPEG data: URIs; the task page shows its own layers instead)", "KB", steps.HeatmapChars / 1024.0);

            result.Goals.Add(Goal.Max("run page warm, median, 500,000-event run", warm, GoalMs, "ms")
                .Unless(context.Quick ? Format.Invariant($"quick run serves {run.Events:N0} events: {warm:0} ms") : null));
            result.Note($"{run.Events:N0} events, {sessions:N0} sessions × {Tasks} tasks, {Tasks * 5} page screenshots (1280×2600 JPEG); {steps.Heatmaps} of {steps.Tasks} task sections carry a click heatmap. The SQLite store was generated in {setupSeconds:0.0} s (not timed) by the analysis benchmark's generator; it holds this study with its one run (so the study page's trends have one point each) and the generator's empty placeholder run.");
            result.Note($"The dashboard (DashboardServer, as `./lab serve` starts it) runs in this process on 127.0.0.1, port 0; HttpClient, HTTP/1.1 over one kept-alive loopback connection, times each request to its last byte (a browser's parsing and painting are not in it). Cold: the dashboard started anew each time, its caches empty. First requests after the run page's in the order a browser makes them (task page, its picture and clicks layer, its other layers, studies page, study page); the images' addresses are read from the task page. Warm: 3 warm-ups, then the pages and images interleaved in alternating order, median and p95 of the repetitions.");
            result.Note($"{ColdExplanation(cold, warm, steps)}");
        }
        finally
        {
            await run.Scratch.DeleteAsync();
        }
    }

    /// <summary>Where the cold run page's time goes, every number from this run's medians (ms).</summary>
    private static string ColdExplanation(double cold, double warm, ColdSteps steps)
    {
        var left = cold - steps.Load - steps.Model;
        var rest = left >= 0
            ? Format.Invariant($"What is left, {left:0} ms, is the page's own work (a warm run page takes {warm:0} ms) and the collections of the request's garbage.")
            : Format.Invariant($"The steps, each timed on its own, add up to {-left:0} ms more than the cold request.");
        return Format.Invariant($"Where the cold time goes ({cold:0} ms): loading the run with its events and screenshots {steps.Load:0} ms, then the report model {steps.Model:0} ms, ") +
            Format.Invariant($"of which the click heatmaps and signal crops {steps.ScreenshotWork:0} ms and the analysis {steps.Analysis:0} ms (the rest: charts, paths, findings, participants). ") +
            rest + " The run page shows none of the task sections' pictures, but its model builds them all.";
    }

    /// <summary>The run page's first request after a start (each start's caches are empty); returns the median in ms.</summary>
    private static async Task<double> MeasureColdAsync(BenchContext context, LabStore store, PagePaths paths, BenchmarkResult result, CancellationToken ct)
    {
        // The first start in this process also compiles (JIT) every code path on the way, which `./lab serve` pays once.
        var firstCold = 0.0;
        var colds = new List<double>();
        var pauses = new List<double>();
        var cpu = new List<double>();
        for (var i = 0; i < 1 + context.Pick(1, 5); i++)
        {
            await using var server = await DashboardServer.StartAsync(new DashboardOptions("127.0.0.1", 0), store, cancellationToken: ct);
            using var pages = new DashboardPages(server.Root);
            var pausedBefore = GC.GetTotalPauseDuration();
            // On a machine shared with other work, CPU time shows the work that wall time hides (the model builds its
            // task sections on all cores, so it may exceed wall time).
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var (ms, _) = await pages.GetAsync(paths.Run, ct);
            var used = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds;
            var paused = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds;
            context.Log(Format.Invariant($"run page cold #{i}: {ms:0} ms, CPU time {used:0} ms, of which the GC paused {paused:0} ms"));
            if (i == 0)
            {
                firstCold = ms;
                continue;
            }

            colds.Add(ms);
            cpu.Add(used);
            pauses.Add(paused);
        }

        result.AddSingle("run page, cold: first request after the first start in the process (JIT included)", "ms", firstCold);
        var cold = result.Add("run page, cold: first request after a start (load the run, build its report model)", "ms", colds);
        result.Add("  of which the garbage collector paused the process", "ms", pauses);
        result.Add("  CPU time of this process meanwhile (the dashboard runs in it)", "ms", cpu);
        return cold.Value.Median;
    }

    /// <summary>Every page and image warm, interleaved, with their first requests and sizes; returns the run page's median in ms.</summary>
    private static async Task<double> MeasureWarmAsync(BenchContext context, LabStore store, PagePaths paths, BenchmarkResult result, CancellationToken ct)
    {
        // The managed memory a started dashboard holds once it has served the run page: the cached report model. The
        // dashboards stopped before stay reachable for a moment after their stop returns (measured: under 0.5 s), so
        // the baseline waits for them to go.
        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        await using var server = await DashboardServer.StartAsync(new DashboardOptions("127.0.0.1", 0), store, cancellationToken: ct);
        using var pages = new DashboardPages(server.Root);
        await pages.GetAsync(paths.Run, ct);
        var heldMb = (GC.GetTotalMemory(forceFullCollection: true) - heapBefore) / 1024.0 / 1024.0;

        // First requests after the run page's, in the order a person's browser makes them: the task page (its model is
        // cached), its picture and its clicks layer (drawn on its first request, then kept), the other layers on a
        // click on their names; the studies and study pages analyse their runs through a cache of their own (analysis
        // without pictures), so their first request loads and analyses the run once more.
        var (taskFirst, taskPage) = await pages.GetAsync(paths.Task, ct);
        var images = HeatmapImages.Of(Encoding.UTF8.GetString(taskPage));
        var layers = HeatmapImages.Kinds.Select(images.Layer).ToArray();
        var first = new Dictionary<string, double> { [paths.Task] = taskFirst };
        foreach (var path in new[] { images.Picture }.Concat(layers).Append(paths.Studies).Append(paths.Study))
        {
            first[path] = (await pages.GetAsync(path, ct)).Milliseconds;
        }

        var bodies = new Dictionary<string, byte[]>();
        (string, Func<Task<double>>) Get(string path) => (path, async () =>
        {
            var (ms, body) = await pages.GetAsync(path, ct);
            bodies[path] = body;
            return ms;
        });

        var warm = await Sampler.InterleavedAsync(3, context.Pick(20, 40),
            [Get(paths.Run), Get(paths.Task), Get(images.Picture), .. layers.Select(Get), Get(paths.Studies), Get(paths.Study)],
            null, ct);

        var runWarm = AddWarm(result, "run page", warm[paths.Run]);
        AddWarm(result, $"task page ({paths.TaskId}, the most clicks)", warm[paths.Task]);
        result.AddSingle("  first request, after the run page's (its report model is cached)", "ms", first[paths.Task]);
        AddWarm(result, "  its heatmap's page picture (JPEG, as stored)", warm[images.Picture]);
        foreach (var (kind, layer) in HeatmapImages.Kinds.Zip(layers))
        {
            AddWarm(result, $"  its {kind} layer (PNG, drawn on the first request, then kept)", warm[layer]);
            result.AddSingle("    first request (draws it)", "ms", first[layer]);
        }

        AddWarm(result, "studies page", warm[paths.Studies]);
        result.AddSingle("  first request, after the run page's (loads and analyses the run again: a cache of its own)", "ms", first[paths.Studies]);
        AddWarm(result, "study page", warm[paths.Study]);
        result.AddSingle("  first request, after the studies page's", "ms", first[paths.Study]);
        AddSizes(result, paths, images, bodies);
        result.AddSingle("managed memory the dashboard holds after the run page (its cached report model)", "MB", heldMb);
        return runWarm;
    }

    /// <summary>A warm figure with its p95 under it; returns the median.</summary>
    private static double AddWarm(BenchmarkResult result, string what, List<double> samples)
    {
        var figure = result.Add($"{what}, warm", "ms", samples);
        result.AddSingle($"{what[..^what.TrimStart(' ').Length]}  p95", "ms", Summary.Percentile(samples, 0.95));
        return figure.Value.Median;
    }

    private static void AddSizes(BenchmarkResult result, PagePaths paths, HeatmapImages images, Dictionary<string, byte[]> bodies)
    {
        double Kb(string path) => bodies[path].Length / 1024.0;
        var runHtml = Encoding.UTF8.GetString(bodies[paths.Run]);
        var taskHtml = Encoding.UTF8.GetString(bodies[paths.Task]);
        result.AddSingle("HTML size: run page", "KB", Kb(paths.Run));
        result.AddSingle("  of which inline SVG charts", "KB", HtmlWeight.SvgKb(runHtml));
        result.AddSingle("    of which the largest chart (time on task: a mark per attempt)", "KB", HtmlWeight.LargestSvgKb(runHtml));
        result.AddSingle("HTML size: task page", "KB", Kb(paths.Task));
        var (crops, cropsKb) = HtmlWeight.DataUris(taskHtml);
        result.AddSingle(Format.Invariant($"  of which {crops} signal crops, inlined as data: URIs"), "KB", cropsKb);
        result.AddSingle("  of which inline SVG charts", "KB", HtmlWeight.SvgKb(taskHtml));
        result.AddSingle("  signal markers on its heatmap (links)", "markers", HtmlWeight.Count(taskHtml, "class=\"marker "));
        result.AddSingle("image size: the heatmap's page picture", "KB", Kb(images.Picture));
        foreach (var kind in HeatmapImages.Kinds)
        {
            result.AddSingle($"image size: its {kind} layer", "KB", Kb(images.Layer(kind)));
        }

        result.AddSingle("HTML size: studies page", "KB", Kb(paths.Studies));
        result.AddSingle("HTML size: study page", "KB", Kb(paths.Study));
    }
}
