using System.Diagnostics;
using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Benchmarks.Support;
using UsabilityLab.Core.Analysis;
using UsabilityLab.Storage;

namespace UsabilityLab.Benchmarks.Benchmarks;

/// <summary>
/// Issue 4: a synthetic run of 1,000 sessions × 10 tasks × 50 events (500,000 events) in SQLite, loaded and analyzed end
/// to end the way <c>./lab analyze</c> does it (RunReader.LoadAsync, then RunAnalyzer.Analyze), with the two halves timed.
/// </summary>
internal sealed class AnalysisBenchmark : Benchmark
{
    private const int FullSessions = 1_000;
    private const int Tasks = 10;
    private const int EventsPerAttempt = 50;

    public override string Name => "analysis";

    public override string Title => "Analysis of 1,000 sessions × 10 tasks × 50 events from SQLite, end to end";

    public override string Issue => "#4";

    protected override async Task MeasureAsync(BenchContext context, BenchmarkResult result, CancellationToken ct)
    {
        // Quick mode analyses a tenth of the sessions; the goal is for the full size, so it is reported, not checked.
        var sessions = context.Pick(FullSessions / 10, FullSessions);
        var setup = Stopwatch.StartNew();
        var run = await SyntheticRun.CreateAsync(context.Temp, sessions, Tasks, EventsPerAttempt);
        var setupSeconds = setup.Elapsed.TotalSeconds;
        try
        {
            var load = new List<double>();
            var analyze = new List<double>();
            var total = new List<double>();
            var gcPause = new List<double>();
            RunAnalysis? analysis = null;
            for (var i = 0; i < 1 + context.Pick(2, 5); i++)
            {
                analysis = null; // the previous repetition's events are garbage before this one loads
                var pauseBefore = GC.GetTotalPauseDuration();
                var clock = Stopwatch.StartNew();
                var data = await new RunReader(run.Scratch.Database).LoadAsync(run.RunId, includeEvents: true, ct);
                var loaded = clock.Elapsed.TotalMilliseconds;
                var paused = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds;
                analysis = RunAnalyzer.Analyze(data.Study, data.Attempts, data.Events, data.Answers);
                var done = clock.Elapsed.TotalMilliseconds;
                context.Log(Format.Invariant($"load {loaded:0} ms + analyze {done - loaded:0} ms"));
                if (i > 0)
                {
                    load.Add(loaded / 1000);
                    analyze.Add((done - loaded) / 1000);
                    total.Add(done / 1000);
                    gcPause.Add(paused);
                }
            }

            var end = result.Add("end to end (load + analyze)", "s", total);
            result.Add("  load from SQLite (EF Core, RunReader)", "s", load);
            result.Add("    of which the garbage collector paused the load", "s", gcPause);
            result.Add("  analyze (RunAnalyzer, metrics + signals)", "s", analyze);
            var scale = (double)FullSessions / sessions;
            result.Goals.Add(Goal.Max("analysis of 500,000 events from SQLite, end to end", end.Value.Median, 2, "s")
                .Unless(context.Quick ? Format.Invariant($"quick run analysed {run.Events:N0} events in {end.Value.Median:0.00} s, ≈ {end.Value.Median * scale:0.0} s at full size if linear") : null));
            var signals = analysis!.Signals.Count;
            result.Note($"{run.Events:N0} events, {sessions * Tasks:N0} attempts, {signals:N0} signals found; the database was generated in {setupSeconds:0.0} s (not timed). One warm-up, then the median of the repetitions.");
            if (end.Value.Median * scale > 2 && !context.Quick)
            {
                // Yardsticks for the explanation: the same rows without EF Core, and without building any objects.
                var raw = await Sampler.TimeAsync(1, 3, () => RawEventReader.LoadAsync(run.Scratch.Database, run.RunId), ct);
                result.Add("for comparison: the same events read with plain ADO.NET", "s", raw.Select(ms => ms / 1000).ToList());
                var step = await Sampler.TimeAsync(1, 3, () => RawEventReader.StepAsync(run.Scratch.Database, run.RunId), ct);
                result.Add("  of which SQLite alone (query, stepping through the rows)", "s", step.Select(ms => ms / 1000).ToList());
                var loadShare = Summary.Of(load).Median / end.Value.Median;
                result.Note($"What limits it: loading is {loadShare:P0} of the time ({Summary.Of(load).Median:0.00} s for {run.Events:N0} rows, {Summary.Of(load).Median * 1e6 / run.Events:0.0} µs per event: EF Core query, materialisation into EventRow, mapping to RecordedEvent); the same rows read into RecordedEvent with a plain ADO.NET reader take {Summary.Of(raw).Median / 1000:0.00} s ({Summary.Of(raw).Median * 1000 / run.Events:0.0} µs per event), of which SQLite itself (query and stepping through the rows without building objects) {Summary.Of(step).Median / 1000:0.00} s — building half a million event objects (24 fields, strings decoded from UTF-8) is the cost, and the garbage collector paused the EF Core load for {Summary.Of(gcPause).Median:0.00} s of it; EF Core's share is {Summary.Of(load).Median - (Summary.Of(raw).Median / 1000):0.00} s; the analysis itself takes {Summary.Of(analyze).Median:0.00} s.");
            }
        }
        finally
        {
            run.Scratch.Delete();
        }
    }
}
