using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Benchmarks.Support;

namespace UsabilityLab.Benchmarks.Benchmarks;

/// <summary>
/// Issue 7: the same page and the same trusted interaction script with (a) no recorder, (b) our recorder.js, (c) rrweb's
/// record(). Main-thread time from CDP Performance metrics over the interaction; what each recorder emits, counted in the
/// page (our batches through a stub of the binding, rrweb's events through emit with JSON.stringify), per minute of the
/// script's virtual timeline (see Pages/recorder-bench.js).
/// </summary>
internal sealed class RecorderVsRrwebBenchmark : Benchmark
{
    public override string Name => "recorder-vs-rrweb";

    public override string Title => "Our recorder vs rrweb record(): main-thread time and bytes for the same interactions";

    public override string Issue => "#7";

    protected override async Task MeasureAsync(BenchContext context, BenchmarkResult result, CancellationToken ct)
    {
        var rrweb = await context.Npm.RrwebBundleAsync();
        var script = InteractionScript.Create(context.Pick(30, 10_000));
        var runs = new Dictionary<string, List<RecorderRun>> { ["none"] = [], ["ours"] = [], ["rrweb"] = [] };
        var warmups = context.Pick(0, 1);
        for (var round = 0; round < warmups + context.Pick(1, 3); round++)
        {
            foreach (var variant in runs.Keys)
            {
                ct.ThrowIfCancellationRequested();
                var run = await RecorderRun.MeasureAsync(await context.BrowserAsync(), variant, round < warmups ? InteractionScript.Create(200) : script, rrweb);
                context.Log(Format.Invariant($"{variant}: script {run.ScriptMs:0} ms, style + layout {run.StyleLayoutMs:0} ms, {run.Events} events, {run.Bytes / 1024} KB"));
                if (round >= warmups)
                {
                    runs[variant].Add(run);
                }
            }
        }

        List<double> Added(string variant, Func<RecorderRun, double> metric) =>
            runs[variant].Zip(runs["none"], (v, none) => metric(v) - metric(none)).ToList();
        foreach (var (variant, label) in new[] { ("none", "no recorder"), ("ours", "our recorder.js"), ("rrweb", "rrweb record()") })
        {
            result.Add($"main-thread script time, {label}", "ms", runs[variant].Select(r => r.ScriptMs).ToList());
        }

        var ourScript = result.Add("added script time, ours", "ms", Added("ours", r => r.ScriptMs));
        var rrwebScript = result.Add("added script time, rrweb", "ms", Added("rrweb", r => r.ScriptMs));
        var ourStyle = result.Add("added style + layout time, ours", "ms", Added("ours", r => r.StyleLayoutMs));
        var rrwebStyle = result.Add("added style + layout time, rrweb", "ms", Added("rrweb", r => r.StyleLayoutMs));
        var timeRatio = result.Add("ratio added script time ours / rrweb", "×", Sampler.Ratios(ourScript.Samples, rrwebScript.Samples));
        foreach (var variant in new[] { "ours", "rrweb" })
        {
            result.Add($"events per minute, {variant}", "events/min", runs[variant].Select(r => r.Events / r.Minutes).ToList());
            result.Add($"bytes per minute (page load included), {variant}", "KB/min", runs[variant].Select(r => (r.Bytes + r.LoadBytes) / 1024.0 / r.Minutes).ToList());
            result.Add($"  bytes at page load (rrweb: the DOM snapshot), {variant}", "KB", runs[variant].Select(r => r.LoadBytes / 1024.0).ToList());
        }

        var bytesRatio = result.Add("ratio bytes per minute ours / rrweb", "×", runs["ours"].Zip(runs["rrweb"], (o, r) => (double)(o.Bytes + o.LoadBytes) / (r.Bytes + r.LoadBytes)).ToList());
        result.Goals.Add(Goal.Max("our added main-thread script time vs rrweb's", timeRatio.Value.Median, 0.5, "×"));
        result.Goals.Add(Goal.Max("our bytes per minute vs rrweb's", bytesRatio.Value.Median, 0.25, "×"));
        var first = runs["none"][0];
        result.Note($"Script: {script.Clicks:N0} trusted clicks, {script.Moves:N0} mouse moves, {script.Wheels:N0} wheel scrolls, {first.Mutations:N0} DOM mutations by the page, on a 400-card page; {first.Minutes:0.0} virtual minutes (60 Hz moves, 100 ms per click, 50 ms per wheel notch). rrweb {NpmPackages.RrwebVersion} with default options. Bytes are what each recorder hands over for storage: JSON characters (ASCII), rrweb's initial DOM snapshot included, spread over the script's minutes.");
        if (timeRatio.Value.Median > 0.5)
        {
            result.Note($"What limits the time ratio: per click (with its five moves) our script adds {ourScript.Value.Median * 1000 / script.Clicks:0} µs against rrweb's {rrwebScript.Value.Median * 1000 / script.Clicks:0} µs; style + layout time changes by {ourStyle.Value.Median:0} ms vs {rrwebStyle.Value.Median:0} ms over the whole script, so the difference is our script's own work, including the style and layout it forces inside the script (billed to script time).");
            if (!context.Quick)
            {
                var sample = InteractionScript.Create(2_000);
                var profiled = await RecorderRun.MeasureAsync(await context.BrowserAsync(), "ours", sample, rrweb, profile: true);
                result.Note($"V8 CPU profile of our recorder over {sample.Clicks:N0} clicks of the same script, self time per click (forced style and layout are billed to the function that reads geometry or style): {profiled.Profile!.Top(8, Recording.Capture.RecorderScript.Code, sample.Clicks)}.");
            }
        }

        if (bytesRatio.Value.Median > 0.25)
        {
            var (ours, theirs) = (runs["ours"][^1], runs["rrweb"][^1]);
            var kinds = ours.Breakdown["kinds"].Concat(theirs.Breakdown["kinds"]);
            result.Note($"What limits the byte ratio, bytes by event kind over the script — ours: {Top(kinds.Where(k => k.Key.StartsWith("ours", StringComparison.Ordinal)), ours.Bytes, 6)}; rrweb: {Top(kinds.Where(k => k.Key.StartsWith("rrweb", StringComparison.Ordinal)), theirs.Bytes, 6)} (rrweb types: 3 incremental, source 0 mutation, 1 mouse move batch, 2 mouse interaction, 3 scroll). Our bytes by part of the format: {Top(ours.Breakdown["parts"], ours.Bytes, 4)}.");
        }
    }

    private static string Top(IEnumerable<KeyValuePair<string, double>> bytes, double total, int count) =>
        string.Join(", ", bytes.OrderByDescending(kv => kv.Value).Take(count).Select(kv => Format.Invariant($"{kv.Key} {kv.Value / 1024:0} KB ({kv.Value / total:P0})")));
}
