using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Benchmarks.Support;
using UsabilityLab.Browser;
using UsabilityLab.Browser.Servers;
using UsabilityLab.Core.Runs;

namespace UsabilityLab.Benchmarks.Benchmarks;

/// <summary>
/// Issue 23: the demo study (<c>--persona exact</c>, one worker) recorded in Chromium launched by the run, as
/// <c>./lab run</c> does, and in the Chromium of one browser server on this machine (<c>./lab browser-server</c>,
/// started once beforehand, as a CI job starts its services), side by side.
/// </summary>
internal sealed class BrowserServerBenchmark : Benchmark
{
    public override string Name => "browser-server";

    public override string Title => "A run through one local browser server vs a local launch: wall time";

    public override string Issue => "#23";

    protected override async Task MeasureAsync(BenchContext context, BenchmarkResult result, CancellationToken ct)
    {
        await context.CloseBrowserAsync(); // only the runs' own browsers may count here
        var source = await DemoStudy.LoadAsync(context);
        if (context.Quick)
        {
            source = source with { Study = source.Study! with { Tasks = source.Study.Tasks.TakeLast(1).ToList() } };
        }

        await using var server = await BrowserServer.StartAsync(context.Browser, "127.0.0.1", 0, ct);
        var served = context.Browser with { Browser = new RemoteBrowserConfig { Endpoints = [server.Endpoint], PerEndpoint = 1 } };
        var participants = context.Pick(1, 4);
        var options = new ScriptedRunOptions { PersonaMode = PersonaMode.Exact, Participants = participants, Seed = 1, Workers = 1 };
        var successes = new Dictionary<string, int>();
        async Task<double> RecordAsync(string variant, BrowserConfig browser)
        {
            var run = await LabRun.RecordAsync(context, browser, source, options, ct);
            run.Delete();
            successes[variant] = run.Successes;
            return run.Milliseconds / 1000;
        }

        var samples = await Sampler.InterleavedAsync(
            context.Pick(0, 1),
            context.Pick(1, 3),
            [("local launch", () => RecordAsync("local launch", context.Browser)), ("browser server", () => RecordAsync("browser server", served))],
            context.Log,
            ct);

        result.Add("run, Chromium launched by the run", "s", samples["local launch"]);
        result.Add("run, one browser server on this machine", "s", samples["browser server"]);
        var ratio = result.Add("browser server / local launch", "×", Sampler.Ratios(samples["browser server"], samples["local launch"]));
        result.Goals.Add(Goal.Max("a run through one local browser server vs a local launch: wall time", ratio.Value.Median, 1.10, "×"));
        result.Note($"{(context.Quick ? "Quick: the last task only, 1 participant" : $"All 5 tasks, {participants} participants")}, one worker; the local launch's Chromium start is in its time (as in ./lab run), the server's was before (its connection, a Playwright driver and a WebSocket, is in the time). Tasks that succeeded: local {successes["local launch"]}, server {successes["browser server"]} of {participants * source.Study!.Tasks.Count}.");
    }
}
