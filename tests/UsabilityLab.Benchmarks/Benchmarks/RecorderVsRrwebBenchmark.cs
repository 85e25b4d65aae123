using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Benchmarks.Support;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Capture;

namespace UsabilityLab.Benchmarks.Benchmarks;

/// <summary>
/// Issue 7: the same page and the same trusted interaction script with (a) no recorder, (b) our recorder.js, (c) rrweb's
/// record(). Main-thread time from CDP Performance metrics over the interaction; what each recorder emits, counted in the
/// page (our batches through a stub of the binding, rrweb's events through emit with JSON.stringify), per minute of the
/// script's virtual timeline (see Pages/virtual-time.js).
/// </summary>
internal sealed class RecorderVsRrwebBenchmark : Benchmark
{
    public override string Name => "recorder-vs-rrweb";

    public override string Title => "Our recorder vs rrweb record(): main-thread time and bytes for the same interactions";

    public override string Issue => "#7";

    protected override async Task MeasureAsync(BenchContext context, BenchmarkResult result, CancellationToken ct)
    {
        var rrweb = await context.Npm.RrwebBundleAsync();
        var script = InteractionScript.Create(context.Pick(1_000, 10_000));
        var warmup = InteractionScript.Create(200);
        var runs = new Dictionary<string, List<RecorderRun>> { ["none"] = [], ["ours"] = [], ["rrweb"] = [] };
        for (var round = 0; round < 1 + context.Pick(1, 3); round++)
        {
            foreach (var variant in runs.Keys)
            {
                ct.ThrowIfCancellationRequested();
                var run = await RecorderRun.MeasureAsync(await context.BrowserAsync(), variant, round == 0 ? warmup : script, rrweb);
                context.Log(Format.Invariant($"{variant}: script {run.ScriptMs:0} ms, task {run.TaskMs:0} ms, {run.Events} events, {run.Bytes / 1024} KB"));
                if (round > 0)
                {
                    runs[variant].Add(run);
                }
            }
        }

        List<double> Added(string variant, Func<RecorderRun, double> metric) =>
            runs[variant].Zip(runs["none"], (v, none) => metric(v) - metric(none)).ToList();
        var ourScript = Added("ours", r => r.ScriptMs);
        var rrwebScript = Added("rrweb", r => r.ScriptMs);
        foreach (var (variant, label) in new[] { ("none", "no recorder"), ("ours", "our recorder.js"), ("rrweb", "rrweb record()") })
        {
            result.Add($"main-thread script time, {label}", "ms", runs[variant].Select(r => r.ScriptMs).ToList());
        }

        result.Add("added script time, ours", "ms", ourScript);
        result.Add("added script time, rrweb", "ms", rrwebScript);
        result.Add("added main-thread task time (all work), ours", "ms", Added("ours", r => r.TaskMs));
        result.Add("added main-thread task time (all work), rrweb", "ms", Added("rrweb", r => r.TaskMs));
        var timeRatio = result.Add("ratio added script time ours / rrweb", "×", Sampler.Ratios(ourScript, rrwebScript));
        foreach (var (variant, label) in new[] { ("ours", "ours"), ("rrweb", "rrweb") })
        {
            result.Add($"events per minute, {label}", "events/min", runs[variant].Select(r => r.Events / r.Minutes).ToList());
            result.Add($"bytes per minute, {label}", "KB/min", runs[variant].Select(r => r.Bytes / 1024.0 / r.Minutes).ToList());
            result.Add($"bytes at page load (before the script), {label}", "KB", runs[variant].Select(r => r.LoadBytes / 1024.0).ToList());
        }

        var bytesRatio = result.Add("ratio bytes per minute ours / rrweb", "×", runs["ours"].Zip(runs["rrweb"], (o, r) => (double)o.Bytes / r.Bytes).ToList());
        result.Goals.Add(Goal.Max("our added main-thread script time vs rrweb's", timeRatio.Value.Median, 0.5, "×"));
        result.Goals.Add(Goal.Max("our bytes per minute vs rrweb's", bytesRatio.Value.Median, 0.25, "×"));
        var first = runs["none"][0];
        result.Note($"Script: {script.Clicks:N0} trusted clicks, {script.Moves:N0} mouse moves, {script.Wheels:N0} wheel scrolls, {first.Mutations:N0} DOM mutations by the page, on a 400-card page; {first.Minutes:0.0} virtual minutes (60 Hz moves, 100 ms per click, 50 ms per wheel notch). rrweb {NpmPackages.RrwebVersion} with default options; its bytes include the full DOM snapshot only in the page-load figure.");
    }
}
