using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Benchmarks.Support;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Studies.Loading;
using UsabilityLab.Recording.Runner;

namespace UsabilityLab.Benchmarks.Benchmarks;

/// <summary>
/// Issue 7: sessions per minute of the demo study (<c>--persona exact</c>) with 1, 2 and 4 workers (one Chromium each),
/// and the memory each worker costs, sampled from /proc while the run goes on.
/// </summary>
internal sealed class ScalingBenchmark : Benchmark
{
    private static readonly int[] WorkerCounts = [1, 2, 4];

    public override string Name => "scaling";

    public override string Title => "Sessions per minute of the demo study with 1, 2 and 4 workers; memory per worker";

    public override string Issue => "#7";

    protected override async Task MeasureAsync(BenchContext context, BenchmarkResult result, CancellationToken ct)
    {
        await context.CloseBrowserAsync(); // only the runs' own browsers may count here
        var source = await DemoStudy.LoadAsync(context);
        // Quick mode runs the last (shortest) task and one participant per worker: a look at the trend, not a figure to publish.
        if (context.Quick)
        {
            source = source with { Study = source.Study! with { Tasks = source.Study.Tasks.TakeLast(1).ToList() } };
        }

        // Quick mode leaves out 4 workers (the longest configuration) to stay within its minute.
        var workerCounts = context.Quick ? WorkerCounts[..2] : WorkerCounts;
        var rates = workerCounts.ToDictionary(w => w, _ => new List<double>());
        var memory = workerCounts.ToDictionary(w => w, _ => new List<(double Chromium, double DotNet, int Processes)>());
        var cores = workerCounts.ToDictionary(w => w, _ => new List<double>());
        var machine = workerCounts.ToDictionary(w => w, _ => new List<double>());
        var cpuPerSession = workerCounts.ToDictionary(w => w, _ => new List<IReadOnlyDictionary<string, double>>());
        var samplingPerSession = workerCounts.ToDictionary(w => w, _ => new List<double>());
        for (var round = 0; round < context.Pick(1, 2); round++)
        {
            foreach (var workers in workerCounts)
            {
                var participants = context.Pick(workers, 8);
                var options = new ScriptedRunOptions { PersonaMode = PersonaMode.Exact, Participants = participants, Seed = 1, Workers = workers };
                LabRun run;
                var cpu = new CpuUsage();
                var sampler = ProcessSampler.Start(TimeSpan.FromMilliseconds(250));
                try
                {
                    run = await LabRun.RecordAsync(context, source, options, ct);
                }
                finally
                {
                    await sampler.DisposeAsync();
                }

                machine[workers].Add(cpu.MachineCores());
                cores[workers].Add(sampler.BusyCores);
                cpuPerSession[workers].Add(sampler.CpuSecondsByKind.ToDictionary(kv => kv.Key, kv => kv.Value / participants));
                samplingPerSession[workers].Add(sampler.SamplingSeconds / participants);
                memory[workers].Add((sampler.PeakChromiumMiB, sampler.PeakDotNetMiB, sampler.PeakChromiumProcesses));

                run.Delete();
                rates[workers].Add(participants / (run.Milliseconds / 60_000));
                context.Log(Format.Invariant($"{workers} worker(s): {participants} sessions in {run.Milliseconds / 1000:0.0} s"));
            }
        }

        foreach (var workers in workerCounts)
        {
            result.Add($"sessions per minute, {workers} worker(s)", "sessions/min", rates[workers]);
        }

        var two = result.Add("speed-up 2 workers / 1", "×", Sampler.Ratios(rates[2], rates[1]));
        if (rates.ContainsKey(4))
        {
            result.Add("speed-up 4 workers / 1", "×", Sampler.Ratios(rates[4], rates[1]));
        }

        foreach (var workers in workerCounts)
        {
            result.Add($"Chromium memory (PSS) per worker, {workers} worker(s)", "MiB", memory[workers].Select(m => m.Chromium / workers).ToList());
        }

        foreach (var workers in workerCounts)
        {
            result.Add($".NET process memory added by the run (RSS growth: runner, store, demo shop), {workers} worker(s)", "MiB", memory[workers].Select(m => m.DotNet).ToList());
        }

        foreach (var workers in workerCounts)
        {
            result.Add($"CPU cores busy with the run (this process and its children), {workers} worker(s)", "cores", cores[workers]);
            result.Add($"  CPU cores busy machine-wide, {workers} worker(s)", "cores", machine[workers]);
        }

        result.Goals.Add(Goal.Min("2 workers ≥ 1.6× the sessions per minute of 1 worker", two.Value.Median, 1.6, "×"));
        result.Note($"{(context.Quick ? "Quick: the last task only, one participant per worker" : "All 5 tasks, 8 participants per configuration")}; each worker launches its own Chromium (included in the time). Peak Chromium processes with {workerCounts[^1]} workers: {memory[workerCounts[^1]].Max(m => m.Processes)}. Machine: {Environment.ProcessorCount} cores.");
        if (two.Value.Median < 1.6)
        {
            var one = Summary.Of(cores[1]).Median;
            var ours2 = Summary.Of(cores[2]).Median;
            var other = Math.Max(0, Summary.Of(machine[2]).Median - ours2);
            var available = Environment.ProcessorCount - other;
            result.Note($"What limits it (CPU time from /proc: user + system time of this process and every process it started — Chromium's browser, renderer and GPU processes, Playwright's node driver, this process with the store and the demo shop — and /proc/stat machine-wide): one worker keeps {one:0.00} cores busy; during the 2-worker run the run used {ours2:0.00} cores and other work on the machine {other:0.00}, leaving {available:0.00} of {Environment.ProcessorCount} cores, so 2 workers could reach at most {available / one:0.00}× (measured {two.Value.Median:0.00}×).");
        }

        result.Note($"CPU per session by process, 1 worker (median of the rounds): {CpuBreakdown.Describe(cpuPerSession[1])}; the .NET share includes {Summary.Of(samplingPerSession[1]).Median:0.00} s of this benchmark's own /proc sampling.");
    }
}
